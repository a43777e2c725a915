package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The who-what-where rows held in memory, column by column and project by project, so that a
 * grouped question over a million rows is a scan of a few arrays instead of a sort in PostgreSQL.
 * It is a copy of {@code www_row} (the database stays the record; this is rebuilt from it at any
 * time) and answers grouped queries exactly as the SQL of {@code WhoWhatWhereQueries} does: rows
 * match every filter; a group counts each project and each organisation once; each (project,
 * recipient country) share of money is added once per group; the gap adds budget − committed of the
 * shares with a USD budget only; a project without a USD figure on a row of the group counts in
 * {@code projectsWithoutUsdBudget}.
 *
 * <p>Values are held as small integer codes (0 = none). One writer at a time replaces a project's
 * rows (or an organisation's kind and type); any number of readers scan meanwhile.
 */
public final class WhoWhatWhereCube {

  private static final int NONE = 0;

  /** One row of a project, as read from {@code www_row}. */
  public record Row(
      String country,
      String adminArea,
      Integer sdgGoal,
      String sdgTarget,
      UUID organisation,
      String role,
      String status,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal budgetUsd,
      BigDecimal committedUsd,
      BigDecimal disbursedUsd,
      String projectTitle,
      String projectStatus,
      LocalDate projectStart,
      LocalDate projectEnd,
      Instant projectUpdatedAt) {}

  /** A project's rows as columns; its money per recipient country ("place"). */
  private record Slice(
      UUID id,
      String title,
      String projectStatus,
      LocalDate projectStart,
      LocalDate projectEnd,
      Instant updatedAt,
      int[] country,
      int[] area,
      int[] goal,
      int[] target,
      int[] organisation,
      int[] role,
      int[] status,
      int[] start,
      int[] end,
      int[] place,
      BigDecimal[] budget,
      BigDecimal[] committed,
      BigDecimal[] disbursed) {

    int rows() {
      return country.length;
    }
  }

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Codes<String> texts = new Codes<>();
  private final Codes<UUID> organisations = new Codes<>();
  private int[] kindOf = new int[64];
  private int[] typeOf = new int[64];
  private final Map<UUID, Integer> slotOf = new HashMap<>();
  private Slice[] slices = new Slice[1024];
  private int used;
  private final List<Integer> free = new ArrayList<>();
  private long rowCount;

  /** Replaces a project's rows; no rows removes it. */
  public void replace(UUID project, List<Row> rows) {
    lock.writeLock().lock();
    try {
      remove(project);
      if (rows.isEmpty()) {
        return;
      }
      Slice slice = slice(project, rows);
      int slot = free.isEmpty() ? used++ : free.remove(free.size() - 1);
      if (slot >= slices.length) {
        slices = Arrays.copyOf(slices, slices.length * 2);
      }
      slices[slot] = slice;
      slotOf.put(project, slot);
      rowCount += slice.rows();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Sets an organisation's kind and type, as grouping and filters by them see it. */
  public void organisation(UUID id, String kind, String type) {
    lock.writeLock().lock();
    try {
      int code = organisations.code(id);
      if (code >= kindOf.length) {
        kindOf = Arrays.copyOf(kindOf, Math.max(code + 1, kindOf.length * 2));
        typeOf = Arrays.copyOf(typeOf, kindOf.length);
      }
      kindOf[code] = texts.code(kind);
      typeOf[code] = texts.code(type);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Forgets every project and organisation. */
  public void clear() {
    lock.writeLock().lock();
    try {
      slotOf.clear();
      Arrays.fill(slices, null);
      used = 0;
      free.clear();
      rowCount = 0;
      Arrays.fill(kindOf, NONE);
      Arrays.fill(typeOf, NONE);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** How many rows it holds. */
  public long rows() {
    lock.readLock().lock();
    try {
      return rowCount;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** How many projects it holds. */
  public int projects() {
    lock.readLock().lock();
    try {
      return slotOf.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void remove(UUID project) {
    Integer slot = slotOf.remove(project);
    if (slot != null) {
      rowCount -= slices[slot].rows();
      slices[slot] = null;
      free.add(slot);
    }
  }

  private Slice slice(UUID project, List<Row> rows) {
    int n = rows.size();
    int[] country = new int[n];
    int[] area = new int[n];
    int[] goal = new int[n];
    int[] target = new int[n];
    int[] organisation = new int[n];
    int[] role = new int[n];
    int[] status = new int[n];
    int[] start = new int[n];
    int[] end = new int[n];
    int[] place = new int[n];
    List<Integer> places = new ArrayList<>();
    List<Row> firstOfPlace = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      country[i] = texts.code(row.country());
      area[i] = texts.code(row.adminArea());
      goal[i] = row.sdgGoal() == null ? NONE : row.sdgGoal();
      target[i] = texts.code(row.sdgTarget());
      organisation[i] = row.organisation() == null ? NONE : organisations.code(row.organisation());
      role[i] = texts.code(row.role());
      status[i] = texts.code(row.status());
      start[i] = row.startDate() == null ? Integer.MIN_VALUE : (int) row.startDate().toEpochDay();
      end[i] = row.endDate() == null ? Integer.MAX_VALUE : (int) row.endDate().toEpochDay();
      int at = places.indexOf(country[i]);
      if (at < 0) {
        at = places.size();
        places.add(country[i]);
        firstOfPlace.add(row);
      }
      place[i] = at;
    }
    if (places.size() > Long.SIZE) {
      throw new IllegalArgumentException(
          "Project " + project + " has rows in more than " + Long.SIZE + " countries");
    }
    Row first = rows.get(0);
    return new Slice(
        project,
        first.projectTitle(),
        first.projectStatus(),
        first.projectStart(),
        first.projectEnd(),
        first.projectUpdatedAt(),
        country,
        area,
        goal,
        target,
        organisation,
        role,
        status,
        start,
        end,
        place,
        firstOfPlace.stream().map(Row::budgetUsd).toArray(BigDecimal[]::new),
        firstOfPlace.stream().map(Row::committedUsd).toArray(BigDecimal[]::new),
        firstOfPlace.stream().map(Row::disbursedUsd).toArray(BigDecimal[]::new));
  }

  /**
   * The groups of a query with one or two groupBy dimensions, largest first (then by key, nulls
   * last), as {@code WhoWhatWhereQueries.groups} answers them; {@code today} ends the years of a
   * project without an end.
   */
  public List<WhoWhatWhereGroup> groups(WhoWhatWhereQuery query, LocalDate today) {
    List<WhoWhatWhereDimension> dims = query.groupBy();
    if (dims.isEmpty() || dims.size() > 2) {
      throw new IllegalArgumentException("groups need one or two dimensions");
    }
    lock.readLock().lock();
    try {
      Filter filter = new Filter(query);
      GroupTable groups =
          new GroupTable(cardinality(dims.get(0)), dims.size() > 1 ? cardinality(dims.get(1)) : 1);
      Touched touched = new Touched();
      boolean byYear = dims.contains(WhoWhatWhereDimension.YEAR);
      int todayDay = (int) today.toEpochDay();
      for (int s = 0; s < used; s++) {
        Slice slice = slices[s];
        if (slice == null) {
          continue;
        }
        touched.clear();
        for (int i = 0; i < slice.rows(); i++) {
          if (!filter.matches(slice, i)) {
            continue;
          }
          if (byYear) {
            if (slice.start[i] == Integer.MIN_VALUE) {
              continue;
            }
            int from = LocalDate.ofEpochDay(slice.start[i]).getYear();
            int to =
                slice.end[i] == Integer.MAX_VALUE
                    ? LocalDate.ofEpochDay(Math.max(slice.start[i], todayDay)).getYear()
                    : LocalDate.ofEpochDay(slice.end[i]).getYear();
            for (int year = from; year <= to; year++) {
              touch(groups, touched, slice, i, dims, year);
            }
          } else {
            touch(groups, touched, slice, i, dims, 0);
          }
        }
        touched.settle(slice);
      }
      return sorted(groups.all(), dims);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The sort fields the index orders projects by, as {@code www_project}'s columns. */
  public static final java.util.Set<String> ORDERABLE =
      java.util.Set.of("start_date", "end_date", "status", "updated_at", "id");

  /** One page of the projects with a row matching the query, and how many match. */
  public record Matching(List<UUID> ids, long total) {}

  /**
   * The ids of one page of the matching projects in the order PostgreSQL gives them ({@code
   * attribute} one of {@link #ORDERABLE}, ascending with nulls last or descending with nulls first,
   * then by id), and how many projects match.
   */
  public Matching projects(
      WhoWhatWhereQuery query, String attribute, boolean ascending, long offset, int limit) {
    if (!ORDERABLE.contains(attribute)) {
      throw new IllegalArgumentException("The index does not order by " + attribute);
    }
    lock.readLock().lock();
    try {
      Filter filter = new Filter(query);
      List<Slice> matching = new ArrayList<>();
      for (int s = 0; s < used; s++) {
        Slice slice = slices[s];
        if (slice == null) {
          continue;
        }
        for (int i = 0; i < slice.rows(); i++) {
          if (filter.matches(slice, i)) {
            matching.add(slice);
            break;
          }
        }
      }
      Comparator<Slice> byId = Comparator.comparing(sl -> sl.id().toString());
      Comparator<Slice> order =
          attribute.equals("id")
              ? (ascending ? byId : byId.reversed())
              : orderOf(attribute, ascending).thenComparing(byId);
      List<UUID> page =
          matching.stream().sorted(order).skip(offset).limit(limit).map(Slice::id).toList();
      return new Matching(page, matching.size());
    } finally {
      lock.readLock().unlock();
    }
  }

  private static Comparator<Slice> orderOf(String attribute, boolean ascending) {
    Comparator<Slice> values =
        switch (attribute) {
          case "start_date" -> nullable(Slice::projectStart, ascending);
          case "end_date" -> nullable(Slice::projectEnd, ascending);
          case "status" -> nullable(Slice::projectStatus, ascending);
          default -> nullable(Slice::updatedAt, ascending);
        };
    return values;
  }

  /** PostgreSQL's default: nulls last ascending, first descending. */
  private static <T extends Comparable<T>> Comparator<Slice> nullable(
      java.util.function.Function<Slice, T> value, boolean ascending) {
    Comparator<T> natural = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
    return Comparator.comparing(
        value, ascending ? Comparator.nullsLast(natural) : Comparator.nullsFirst(natural));
  }

  private void touch(
      GroupTable groups,
      Touched touched,
      Slice slice,
      int row,
      List<WhoWhatWhereDimension> dims,
      int year) {
    int first = value(dims.get(0), slice, row, year);
    int second = dims.size() > 1 ? value(dims.get(1), slice, row, year) : NONE;
    Group group = groups.get(first, second);
    int organisation = slice.organisation[row];
    if (organisation != NONE) {
      group.organisations.set(organisation);
    }
    touched.add(group, slice.place[row]);
  }

  private int value(WhoWhatWhereDimension dim, Slice slice, int row, int year) {
    return switch (dim) {
      case COUNTRY -> slice.country[row];
      case ADMIN_AREA -> slice.area[row];
      case SDG_GOAL -> slice.goal[row];
      case SDG_TARGET -> slice.target[row];
      case ORGANISATION -> slice.organisation[row];
      case ORG_KIND -> kindOf(slice.organisation[row]);
      case ROLE -> slice.role[row];
      case STATUS -> slice.status[row];
      case YEAR -> year;
    };
  }

  /** How many codes a dimension can take (0 = none included); 0 when unbounded (years). */
  private int cardinality(WhoWhatWhereDimension dim) {
    return switch (dim) {
      case ORGANISATION -> organisations.size();
      case SDG_GOAL -> 18;
      case YEAR -> 0;
      default -> texts.size();
    };
  }

  private int kindOf(int organisation) {
    return organisation == NONE || organisation >= kindOf.length ? NONE : kindOf[organisation];
  }

  private int typeOf(int organisation) {
    return organisation == NONE || organisation >= typeOf.length ? NONE : typeOf[organisation];
  }

  private List<WhoWhatWhereGroup> sorted(
      Collection<Group> groups, List<WhoWhatWhereDimension> dims) {
    Comparator<Group> order =
        Comparator.comparingLong((Group g) -> -g.projects)
            .thenComparing((a, b) -> compare(dims.get(0), a.first, b.first));
    if (dims.size() > 1) {
      order = order.thenComparing((a, b) -> compare(dims.get(1), a.second, b.second));
    }
    List<WhoWhatWhereGroup> answer = new ArrayList<>(groups.size());
    groups.stream().sorted(order).forEach(g -> answer.add(g.answer(dims)));
    return answer;
  }

  /** Ascending, nulls last, as PostgreSQL orders the key columns. */
  private int compare(WhoWhatWhereDimension dim, int a, int b) {
    if (a == b) {
      return 0;
    }
    if (dim == WhoWhatWhereDimension.SDG_GOAL || dim == WhoWhatWhereDimension.YEAR) {
      if (a == NONE || b == NONE) {
        return a == NONE ? 1 : -1;
      }
      return Integer.compare(a, b);
    }
    Object x = decode(dim, a);
    Object y = decode(dim, b);
    if (x == null || y == null) {
      return x == null ? 1 : -1;
    }
    return x instanceof UUID u
        ? u.toString().compareTo(y.toString())
        : ((String) x).compareTo((String) y);
  }

  private Object decode(WhoWhatWhereDimension dim, int code) {
    return switch (dim) {
      case ORGANISATION -> organisations.value(code);
      case SDG_GOAL, YEAR -> code == NONE ? null : code;
      default -> texts.value(code);
    };
  }

  /** The filters of a query as sets of codes; a null set accepts anything. */
  private final class Filter {
    private final BitSet countries;
    private final BitSet areas;
    private final BitSet goals;
    private final BitSet targets;
    private final BitSet organisationCodes;
    private final BitSet kinds;
    private final BitSet types;
    private final BitSet roles;
    private final BitSet statuses;
    private final int activeOn;
    private final int activeFrom;
    private final int activeTo;
    private final Integer cancelled;

    Filter(WhoWhatWhereQuery q) {
      countries = texts(q.countries());
      areas = texts(q.adminAreas());
      goals = q.sdgGoals().isEmpty() ? null : bits(q.sdgGoals());
      targets = texts(q.sdgTargets());
      organisationCodes =
          q.organisations().isEmpty()
              ? null
              : bits(q.organisations().stream().map(organisations::known).toList());
      kinds = texts(q.orgKinds());
      types = texts(q.orgTypes());
      roles = texts(q.roles());
      statuses = texts(q.statuses());
      activeOn = day(q.activeOn());
      activeFrom = day(q.activeFrom());
      activeTo = day(q.activeTo());
      cancelled = texts.known("cancelled");
    }

    private BitSet texts(List<String> values) {
      return values.isEmpty() ? null : bits(values.stream().map(texts::known).toList());
    }

    private static BitSet bits(List<Integer> codes) {
      BitSet set = new BitSet();
      codes.stream().filter(c -> c != null && c != NONE).forEach(set::set);
      return set;
    }

    private static int day(LocalDate date) {
      return date == null ? Integer.MIN_VALUE : (int) date.toEpochDay();
    }

    boolean matches(Slice s, int i) {
      return in(countries, s.country[i])
          && in(areas, s.area[i])
          && in(goals, s.goal[i])
          && in(targets, s.target[i])
          && in(organisationCodes, s.organisation[i])
          && in(kinds, kindOf(s.organisation[i]))
          && in(types, typeOf(s.organisation[i]))
          && in(roles, s.role[i])
          && in(statuses, s.status[i])
          && dates(s, i);
    }

    private boolean dates(Slice s, int i) {
      boolean anyDate =
          activeOn != Integer.MIN_VALUE
              || activeTo != Integer.MIN_VALUE
              || activeFrom != Integer.MIN_VALUE;
      // As in SQL: a cancelled project is active on no day.
      if (anyDate && cancelled != null && cancelled != NONE && s.status[i] == cancelled) {
        return false;
      }
      // As in SQL: a row without a start date matches no date filter.
      boolean noStart = s.start[i] == Integer.MIN_VALUE;
      if (activeOn != Integer.MIN_VALUE
          && (noStart || s.start[i] > activeOn || s.end[i] < activeOn)) {
        return false;
      }
      if (activeTo != Integer.MIN_VALUE && (noStart || s.start[i] > activeTo)) {
        return false;
      }
      return activeFrom == Integer.MIN_VALUE || s.end[i] >= activeFrom;
    }

    private static boolean in(BitSet set, int code) {
      return set == null || (code != NONE && set.get(code));
    }
  }

  /** A group's measures as they add up. */
  private final class Group {
    final int first;
    final int second;
    final BitSet organisations = new BitSet();
    long projects;
    long withoutUsd;
    BigDecimal budget;
    BigDecimal committed;
    BigDecimal disbursed;
    BigDecimal gap;

    Group(int first, int second) {
      this.first = first;
      this.second = second;
    }

    void add(Slice slice, long places) {
      projects++;
      boolean missingUsd = false;
      for (int p = 0; p < slice.budget().length; p++) {
        if ((places & (1L << p)) == 0) {
          continue;
        }
        missingUsd |= slice.budget()[p] == null;
        budget = plus(budget, slice.budget()[p]);
        committed = plus(committed, slice.committed()[p]);
        disbursed = plus(disbursed, slice.disbursed()[p]);
        if (slice.budget()[p] != null && slice.committed()[p] != null) {
          gap = plus(gap, slice.budget()[p].subtract(slice.committed()[p]));
        }
      }
      if (missingUsd) {
        withoutUsd++;
      }
    }

    private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
      return value == null ? sum : sum == null ? value : sum.add(value);
    }

    WhoWhatWhereGroup answer(List<WhoWhatWhereDimension> dims) {
      Map<String, Object> key = new LinkedHashMap<>();
      key.put(dims.get(0).apiName(), decode(dims.get(0), first));
      if (dims.size() > 1) {
        key.put(dims.get(1).apiName(), decode(dims.get(1), second));
      }
      return new WhoWhatWhereGroup(
          key,
          projects,
          organisations.cardinality(),
          budget,
          committed,
          disbursed,
          gap,
          withoutUsd);
    }
  }

  /**
   * The groups of one query by their key codes: a dense array when the two dimensions' codes are
   * few (no boxing, no hashing per row), else a hash map; the last group found is remembered, as a
   * project's rows mostly fall in the same group one after the other.
   */
  private final class GroupTable {
    private static final int DENSE_LIMIT = 1 << 18;
    private final int secondCodes;
    private final Group[] dense;
    private final Map<Long, Group> sparse;
    private Group last;

    GroupTable(int firstCodes, int secondCodes) {
      this.secondCodes = secondCodes;
      long cells = (long) firstCodes * secondCodes;
      boolean small = firstCodes > 0 && secondCodes > 0 && cells <= DENSE_LIMIT;
      this.dense = small ? new Group[(int) cells] : null;
      this.sparse = small ? null : new HashMap<>();
    }

    Group get(int first, int second) {
      Group hit = last;
      if (hit != null && hit.first == first && hit.second == second) {
        return hit;
      }
      Group group;
      if (dense != null) {
        int at = first * secondCodes + second;
        group = dense[at];
        if (group == null) {
          group = new Group(first, second);
          dense[at] = group;
        }
      } else {
        long key = ((long) first << 32) | (second & 0xffffffffL);
        group = sparse.computeIfAbsent(key, k -> new Group(first, second));
      }
      last = group;
      return group;
    }

    List<Group> all() {
      if (sparse != null) {
        return new ArrayList<>(sparse.values());
      }
      List<Group> all = new ArrayList<>();
      for (Group group : dense) {
        if (group != null) {
          all.add(group);
        }
      }
      return all;
    }
  }

  /** The groups one project's rows reach, each with the places (countries) it reached them in. */
  private static final class Touched {
    private final List<Group> groups = new ArrayList<>();
    private long[] places = new long[16];

    void clear() {
      groups.clear();
    }

    void add(Group group, int place) {
      int at = groups.indexOf(group);
      if (at < 0) {
        at = groups.size();
        groups.add(group);
        if (at >= places.length) {
          places = Arrays.copyOf(places, places.length * 2);
        }
        places[at] = 0;
      }
      places[at] |= 1L << place;
    }

    void settle(Slice slice) {
      for (int i = 0; i < groups.size(); i++) {
        groups.get(i).add(slice, places[i]);
      }
    }
  }

  /** Values to dense codes and back; code 0 is "none". Written under the cube's write lock. */
  private static final class Codes<T> {
    private final Map<T, Integer> codes = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Object[] values = new Object[64];
    private int next = 1;

    int code(T value) {
      if (value == null) {
        return NONE;
      }
      Integer code = codes.get(value);
      if (code != null) {
        return code;
      }
      int assigned = next++;
      if (assigned >= values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[assigned] = value;
      codes.put(value, assigned);
      return assigned;
    }

    /** How many codes there are, "none" included. */
    int size() {
      return next;
    }

    /** The code of a value seen before, else none (a filter on it matches nothing). */
    Integer known(T value) {
      return value == null ? null : codes.get(value);
    }

    @SuppressWarnings("unchecked")
    T value(int code) {
      return code == NONE ? null : (T) values[code];
    }
  }
}
