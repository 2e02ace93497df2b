package org.projectdesk.servicefile.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.project.entity.Town;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.control.KeptCaseloads;
import org.projectdesk.servicefile.control.ProjectCounts;
import org.projectdesk.shared.control.EnumLiterals;
import org.projectdesk.shared.control.IdParameters;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.QueryFilter;
import org.projectdesk.supervision.entity.Light;

/**
 * The project list and its search, the officers' caseloads and the towns: read by projection, a
 * page at a time. An investor's list holds only their enterprise's projects, a town's staff's only
 * its town's.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME,
        Role.TOWN_NAME})
public class ProjectLists {

    /** A matter counting for the next due date: running, or suspended with its clock stopped. */
    private static final Set<MatterStatus> OPEN = Set.of(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW, MatterStatus.SUSPENDED);
    private static final String OPEN_LITERALS = EnumLiterals.in(OPEN);
    /**
     * A matter pending with its department: materials being prepared for it (to accept), running (to
     * decide), or suspended (supplements awaited).
     */
    public static final Set<MatterStatus> PENDING = Set.of(MatterStatus.MATERIALS_IN_PREPARATION, MatterStatus.ACCEPTED,
            MatterStatus.IN_REVIEW, MatterStatus.SUSPENDED);
    /** Up to this many enterprises matching a search are looked up by id (see enterprisesNamed). */
    private static final int ENTERPRISES_BY_ID = 500;

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    ProjectCounts counts;

    @Inject
    KeptCaseloads keptCaseloads;

    /**
     * A page of the projects the filter keeps, sorted by fileNo, name, status, officer, town or
     * intakeOn (default: newest intake first). Investors get only their enterprise's, a town's staff
     * only its town's. The total is exact unless the page says otherwise (a large result's kept count).
     */
    public ProjectPage list(ProjectFilter filter, int page, int size, String sortField, boolean ascending) {
        CallerScope scope = callers.current();
        QueryFilter where = new QueryFilter()
                .andIfGiven("p.enterprise.creditCode = :enterpriseCode", "enterpriseCode", scope.ownEnterprise().orElse(null))
                .andIfGiven("p.town = :ownTown", "ownTown", scope.ownTown().orElse(null))
                .andIfGiven("p.status = :status", "status", filter.status())
                .andIfGiven("p.officer = :officer", "officer", filter.officer())
                .andIfGiven("p.town = :town", "town", filter.town())
                .andIfGiven("p.type = :type", "type", filter.type())
                .andIfGiven("p.greenChannel.status = :greenChannel", "greenChannel", filter.greenChannel())
                .andIfGiven("p.lightLevel = :light", "light", filter.light() == null ? null : filter.light().level());
        if (filter.overdueOnly()) {
            // Overdue: a running matter whose promised limit has run out.
            where.and("exists (select m.id from Matter m where m.projectId = p.id and m.status in :running and m.dueOn < :today)")
                    .parameter("running", MatterStatus.RUNNING)
                    .parameter("today", LocalDate.now(clock));
        }
        if (filter.department() != null && !filter.department().isBlank()) {
            where.and("exists (select d.id from Matter d where d.projectId = p.id and d.departmentCode = :department"
                    + " and d.status in :pending)")
                    .parameter("department", filter.department().strip().toUpperCase(Locale.ROOT))
                    .parameter("pending", PENDING);
        }
        String search = filter.search();
        if (search != null && !search.isBlank()) {
            String term = search.strip();
            // pg_trgm finds no trigram in fewer than three characters ("码头"): such a term is matched with
            // locate, a statement of its own, whose plan reads the rows instead of every trigram index whole.
            boolean trigrams = term.codePointCount(0, term.length()) >= 3;
            where.parameter("search", trigrams ? "%" + term.toLowerCase(Locale.ROOT) + "%" : term.toLowerCase(Locale.ROOT));
            where.parameter("code", trigrams ? "%" + term.toUpperCase(Locale.ROOT) + "%" : term.toUpperCase(Locale.ROOT));
            where.and("(" + contains("lower(p.name)", "search", trigrams)
                    + " or " + contains("p.fileNo", "code", trigrams)
                    + " or " + contains("p.projectCode", "code", trigrams)
                    + enterprisesNamed(trigrams, where) + ")");
        }
        // No explicit join to the enterprise: a condition that needs it joins it, and p.enterprise.id stays
        // the project's own column (an explicit join would make it the enterprise's id, see enterprisesNamed).
        // Page through ids first: the details (and the per-row next due date) are read for this page
        // only, not for every row an offset skips.
        List<Long> pageIds = where.query(em, "select p.id from Project p", " order by " + order(sortField, ascending), Long.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, ProjectSummary> byId = new HashMap<>();
        if (!pageIds.isEmpty()) {
            IdParameters ids = IdParameters.of("id", pageIds);
            ids.bind(em.createQuery("select p.id, p.fileNo, p.name, e.name, e.creditCode, p.status, p.officer,"
                            + " p.town, p.type, p.investment, p.intakeOn, p.greenChannel.status, p.lightLevel,"
                            + " (select min(m.dueOn) from Matter m where m.projectId = p.id and m.status in " + OPEN_LITERALS + ")"
                            + " from Project p join p.enterprise e where p.id in " + ids.list(), Object[].class)).getResultList().stream()
                    .forEach(r -> byId.put((Long) r[0], new ProjectSummary((String) r[1], (String) r[2],
                            new ProjectSummary.EnterpriseRef((String) r[3], (String) r[4]), (ProjectStatus) r[5],
                            (String) r[6], (String) r[7], (ProjectType) r[8], (BigDecimal) r[9], (LocalDate) r[10],
                            (LocalDate) r[13], (GreenChannelStatus) r[11], Light.ofLevel((Integer) r[12]),
                            calendar.provisionalDates().check("nextDueOn", (LocalDate) r[13]).names())));
        }
        List<ProjectSummary> items = pageIds.stream().map(byId::get).toList();
        ProjectCounts.Count total = total(where, page, size, items.size());
        return new ProjectPage(items, total.total(), page, size, total.exact());
    }

    /**
     * How many the filter keeps: known without a query on its last page; otherwise the count {@link ProjectCounts}
     * keeps (exact when few, until this server writes; a large result's made at most once a minute per filter).
     */
    private ProjectCounts.Count total(QueryFilter where, int page, int size, int onThisPage) {
        if (onThisPage < size && (onThisPage > 0 || page == 0)) {
            return new ProjectCounts.Count((long) page * size + onThisPage, true);
        }
        return counts.of(where.where() + " " + where.parameters(),
                // Asked of the database as "is there a 2,001st?" and then a count: reading up to 2,001 ids into
                // Hibernate to count them was most of a list request's CPU.
                () -> where.query(em, "select p.id from Project p", " order by p.id", Long.class)
                        .setFirstResult(ProjectCounts.EXACT_UP_TO).setMaxResults(1).getResultList().isEmpty()
                        ? where.count(em, "select count(p) from Project p") : ProjectCounts.EXACT_UP_TO + 1,
                () -> where.count(em, "select count(p) from Project p"));
    }

    /**
     * A page of one town's projects, as {@link #list} pages them (the filter's own town is replaced).
     * A town's staff asking for another town, and anyone asking for a town there is not, get "not found".
     * The code is not case-sensitive ({@code hmgxq} is HMGXQ).
     */
    public ProjectPage ofTown(String townCode, ProjectFilter filter, int page, int size, String sortField, boolean ascending) {
        String code = townCode == null ? "" : townCode.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() || em.find(Town.class, code) == null || !callers.current().seesTown(code)) {
            throw new NotFound("There is no town " + townCode);
        }
        return list((filter == null ? ProjectFilter.ALL : filter).withTown(code), page, size, sortField, ascending);
    }

    /**
     * The search's condition on the enterprise's name, as a condition on the project: the ids of the
     * (few) enterprises so named, found first. One "or" across the join to the enterprise would make
     * PostgreSQL read both tables whole instead of using the trigram indexes (V10); on the project
     * alone it combines them. When very many enterprises match, the name is compared in the join.
     */
    private String enterprisesNamed(boolean trigrams, QueryFilter where) {
        List<Long> named = em.createQuery("select f.id from Enterprise f where " + contains("lower(f.name)", "search", trigrams),
                        Long.class)
                .setParameter("search", where.parameter("search")).setMaxResults(ENTERPRISES_BY_ID + 1).getResultList();
        if (named.isEmpty()) {
            return "";
        }
        if (named.size() > ENTERPRISES_BY_ID) {
            return " or " + contains("lower(p.enterprise.name)", "search", trigrams);
        }
        where.parameter("enterprises", named);
        return " or p.enterprise.id in :enterprises";
    }

    /** That the expression contains the parameter: "like" with a %…% pattern, or locate with the bare term. */
    private static String contains(String expression, String parameter, boolean pattern) {
        return pattern ? expression + " like :" + parameter : "locate(:" + parameter + ", " + expression + ") > 0";
    }

    private static String order(String field, boolean ascending) {
        String column = switch (field == null ? "" : field) {
            case "fileNo", "name", "status", "officer", "town", "intakeOn" -> "p." + field;
            default -> null;
        };
        return column == null ? "p.intakeOn desc, p.fileNo desc" : column + (ascending ? " asc" : " desc") + ", p.fileNo desc";
    }

    /**
     * Each coordination officer's open projects (not yet construction-started, paused or withdrawn)
     * with the nearest due date of their running matters, by officer name; the director assigns with
     * these in view. {@link #caseloadsByUrgency} adds their running matters' lights.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public List<Caseload> caseloads() {
        return keptCaseloads.of(LocalDate.now(clock), this::countCaseloads);
    }

    private List<Caseload> countCaseloads() {
        // One grouped pass over the projects with the names joined in (a statement per officer cost ~40 on
        // every director's home page). Each project's nearest due date is read from the index of its own
        // matters (project, status, due date): joining every open matter and grouping them took 2.5 s at
        // 100,000 projects (2 M open matters), this 0.5 s. The open matters of paused projects still count
        // for the next due date.
        Set<ProjectStatus> active = Set.of(ProjectStatus.ACCEPTED, ProjectStatus.IN_APPROVAL);
        List<Object[]> rows = em.createQuery("select p.officer, a.displayName,"
                + " count(case when p.status in :active then p.id end),"
                + " min((select min(m.dueOn) from Matter m where m.projectId = p.id and m.status in :open))"
                + " from Project p left join Account a on a.username = p.officer"
                + " where p.officer is not null"
                + " group by p.officer, a.displayName", Object[].class)
                .setParameter("open", OPEN)
                .setParameter("active", active)
                .getResultList();
        Map<String, Caseload> byOfficer = new TreeMap<>();
        for (Object[] r : rows) {
            int open = ((Number) r[2]).intValue();
            if (open > 0) {
                String officer = (String) r[0];
                LocalDate nextDueOn = (LocalDate) r[3];
                byOfficer.put(officer, new Caseload(officer, r[1] == null ? officer : (String) r[1], open, nextDueOn,
                        calendar.provisionalDates().check("nextDueOn", nextDueOn).names()));
            }
        }
        em.createQuery("select distinct a.username, a.displayName from Account a join a.roles r where r = :role and a.enabled = true",
                        Object[].class).setParameter("role", Role.OFFICER).getResultList().stream()
                .forEach(r -> byOfficer.putIfAbsent((String) r[0], new Caseload((String) r[0], (String) r[1], 0, null, List.of())));
        return List.copyOf(byOfficer.values());
    }

    /**
     * The caseloads with how many running matters of each officer's projects are red, yellow (as the last
     * scan left them) and past their promised date, most urgent first ({@link Caseload#BY_URGENCY}).
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public List<Caseload> caseloadsByUrgency() {
        LocalDate today = LocalDate.now(clock);
        return keptCaseloads.byUrgency(today, () -> rankByUrgency(today));
    }

    private List<Caseload> rankByUrgency(LocalDate today) {
        Map<String, long[]> lights = new HashMap<>();
        em.createQuery("select p.officer, sum(case when m.alertLevel >= 2 then 1 else 0 end),"
                        + " sum(case when m.alertLevel = 1 then 1 else 0 end), sum(case when m.dueOn < :today then 1 else 0 end)"
                        + " from Matter m, Project p where m.projectId = p.id and m.status in :running group by p.officer",
                        Object[].class)
                .setParameter("today", today).setParameter("running", MatterStatus.RUNNING).getResultList().stream()
                .forEach(r -> lights.put((String) r[0], new long[] {count(r[1]), count(r[2]), count(r[3])}));
        return caseloads().stream().map(c -> {
            long[] l = lights.getOrDefault(c.officer(), new long[3]);
            return new Caseload(c.officer(), c.displayName(), c.openProjects(), c.nextDueOn(), c.provisional(), l[0], l[1], l[2]);
        }).sorted(Caseload.BY_URGENCY).toList();
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** The towns, reference data every signed-in user may read (a town's staff sees its own town's name). */
    @PermitAll
    public List<Town> towns() {
        return em.createNamedQuery(Town.ALL, Town.class).getResultList();
    }
}
