package org.sdghub.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF rules with the insecure-loopback switch off, as in production, unless said. */
class WebhookTargetTest {

  private static final WebhookTarget.Resolver SYSTEM = InetAddress::getAllByName;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://127.0.0.1/hook",
        "https://127.9.9.9/hook",
        "https://10.0.0.1/hook",
        "https://172.16.5.4/hook",
        "https://192.168.1.10/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://100.64.0.1/hook",
        "https://0.0.0.0/hook",
        "https://255.255.255.255/hook",
        "https://224.0.0.1/hook",
        "https://[::1]/hook",
        "https://[::]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://[::ffff:169.254.169.254]/hook",
        "https://[fd00::1]/hook",
        "https://[fe80::1]/hook",
        "https://[ff02::1]/hook",
        "https://[64:ff9b::a00:1]/hook",
        "https://[2002:7f00:1::]/hook",
        "https://0x7f.1/hook",
        "https://0x7f000001/hook",
        "https://2130706433/hook",
        "https://017700000001/hook",
        "https://127.1/hook",
        "https://localhost/hook",
        "https://localhost./hook"
      })
  void urlsLeadingToInternalAddressesAreRefused(String url) {
    assertThrows(WebhookTarget.Refused.class, () -> WebhookTarget.check(url, false, SYSTEM), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://93.184.216.34/hook",
        "ftp://93.184.216.34/hook",
        "file:///etc/passwd",
        "https://user:pw@93.184.216.34/hook",
        "/relative/hook",
        "not a url"
      })
  void urlsThatAreNotPlainHttpsAreRefused(String url) {
    assertThrows(WebhookTarget.Refused.class, () -> WebhookTarget.check(url, false, SYSTEM), url);
  }

  @Test
  void plainHttpIsRefusedWithTheSwitchOffEvenToLoopback() {
    var refused =
        assertThrows(
            WebhookTarget.Refused.class,
            () -> WebhookTarget.check("http://127.0.0.1:8080/hook", false, SYSTEM));
    assertEquals("must be an https URL", refused.getMessage());
  }

  @Test
  void aNameResolvingToLoopbackIsRefusedAfterResolution() {
    var refused =
        assertThrows(
            WebhookTarget.Refused.class,
            () -> WebhookTarget.check("https://hooks.donor.example/in", false, only("127.0.0.1")));
    assertTrue(refused.getMessage().contains("loopback"), refused.getMessage());
  }

  @Test
  void aNameWithOneInternalAddressAmongPublicOnesIsRefused() {
    assertThrows(
        WebhookTarget.Refused.class,
        () ->
            WebhookTarget.check(
                "https://hooks.donor.example/in", false, only("93.184.216.34", "10.1.2.3")));
  }

  @Test
  void aPublicNameIsAcceptedAndTheConnectionGoesToTheAddressThatWasChecked() {
    WebhookTarget target =
        WebhookTarget.check(
            "https://Hooks.Donor.example:8443/in?x=1", false, only("93.184.216.34"));
    assertEquals("93.184.216.34", target.address().getHostAddress());
    assertEquals("hooks.donor.example", target.host());
    assertEquals(8443, target.port());
    assertEquals("/in?x=1", target.pathAndQuery());
    assertTrue(target.https());
  }

  @Test
  void theInsecureSwitchAllowsHttpToLoopbackOnlyAndNothingElseInternal() {
    WebhookTarget loopback = WebhookTarget.check("http://127.0.0.1:8080/hook", true, SYSTEM);
    assertEquals("127.0.0.1", loopback.address().getHostAddress());
    assertThrows(
        WebhookTarget.Refused.class, () -> WebhookTarget.check("https://10.0.0.1/", true, SYSTEM));
    assertThrows(
        WebhookTarget.Refused.class,
        () -> WebhookTarget.check("https://169.254.169.254/", true, SYSTEM));
    assertThrows(
        WebhookTarget.Refused.class,
        () -> WebhookTarget.check("http://93.184.216.34/", true, SYSTEM));
  }

  private static WebhookTarget.Resolver only(String... addresses) {
    return host -> {
      InetAddress[] found = new InetAddress[addresses.length];
      for (int i = 0; i < addresses.length; i++) {
        found[i] = literal(addresses[i]);
      }
      return found;
    };
  }

  private static InetAddress literal(String address) {
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(address, e);
    }
  }
}
