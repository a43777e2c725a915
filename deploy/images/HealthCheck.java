import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The health check of an SDG Hub image, which has no shell and no curl: exits 0 when the URL given
 * answers 200 within three seconds, 1 otherwise. Compiled into the image by stage-runtime.sh.
 */
public final class HealthCheck {

  private HealthCheck() {}

  public static void main(String[] args) {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
      connection.setConnectTimeout(3000);
      connection.setReadTimeout(3000);
      int status = connection.getResponseCode();
      System.exit(status == 200 ? 0 : 1);
    } catch (Exception e) {
      System.err.println(args.length == 0 ? "usage: HealthCheck URL" : args[0] + ": " + e);
      System.exit(1);
    }
  }
}
