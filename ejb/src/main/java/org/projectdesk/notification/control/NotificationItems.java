package org.projectdesk.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectdesk.approval.boundary.OutstandingMaterials;
import org.projectdesk.approval.boundary.PlanChanged;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.meeting.boundary.MeetingCancelled;
import org.projectdesk.meeting.boundary.OpinionRecorded;
import org.projectdesk.meeting.entity.MeetingKind;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.meeting.entity.Opinion;
import org.projectdesk.notification.boundary.ItemUploads;
import org.projectdesk.notification.entity.MaterialSource;
import org.projectdesk.notification.entity.PartialAcceptance;
import org.projectdesk.notification.entity.RequiredMaterial;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.ProjectStatus;

/**
 * A project's one-time notification items, kept up to date in the transaction of whatever changed
 * them: an opinion recorded, a meeting cancelled (its opinions no longer count), a category added to
 * or dropped from the plan. Also answers approval's question of what holds a matter back.
 */
@ApplicationScoped
public class NotificationItems implements OutstandingMaterials {

    /** A project whose notification may still change: the later ones keep the notification they were handed. */
    static final Set<ProjectStatus> OPEN = EnumSet.of(ProjectStatus.ACCEPTED, ProjectStatus.IN_APPROVAL, ProjectStatus.PAUSED);

    private static final int KEYS_PER_QUERY = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    ItemUploads uploads;

    void onOpinionRecorded(@Observes OpinionRecorded recorded) {
        if (recorded.kind() == MeetingKind.PRE_REVIEW) {
            refresh(recorded.projectId());
        }
    }

    void onMeetingCancelled(@Observes MeetingCancelled cancelled) {
        if (cancelled.kind() == MeetingKind.PRE_REVIEW) {
            cancelled.projectIds().forEach(this::refresh);
        }
    }

    void onPlanChanged(@Observes PlanChanged changed) {
        refresh(changed.projectId());
    }

    /**
     * Derives the items again ({@link Checklist#merge} under the materials library and the plan): new
     * materials are added, the sources of the others brought up to date, outstanding ones nobody asks
     * for any more removed (unless the investor uploaded for them); received ones are kept as they were.
     * Nothing is derived before the first opinion.
     */
    void refresh(Long projectId) {
        // Derivations of one project's items take turns (its row locked until commit), each reading the opinions and
        // items the one before committed: departments asking for the same material at once are all merged into it.
        Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        // The approvals' pre-review only: what the acceptance group asks for at completion is the acceptance's own list.
        List<Opinion> opinions = em.createQuery("select o from Opinion o where o.projectId = :id"
                        + " and o.meeting.status <> :cancelled and o.meeting.kind = :kind order by o.meeting.startsAt, o.id",
                        Opinion.class)
                .setParameter("id", projectId).setParameter("cancelled", MeetingStatus.CANCELLED)
                .setParameter("kind", MeetingKind.PRE_REVIEW).getResultList();
        List<Matter> plan = matters(projectId);
        List<Checklist.Requirement> requirements = new ArrayList<>();
        if (!opinions.isEmpty()) {
            Map<String, CategoryView> categories = catalogue.version(project.getCatalogueVersion()).categories().stream()
                    .collect(Collectors.toMap(CategoryView::code, Function.identity()));
            List<String> partiallyAccepted = partialAcceptances(projectId).stream().map(PartialAcceptance::getCategoryCode)
                    .toList();
            List<Matter> toFile = plan.stream()
                    .filter(m -> m.getStatus() == MatterStatus.PLANNED || m.getStatus() == MatterStatus.MATERIALS_IN_PREPARATION
                            || partiallyAccepted.contains(m.getCategoryCode()))
                    .sorted(Comparator.comparing(Matter::getPlannedStart, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Matter::getCategoryCode))
                    .toList();
            for (Matter matter : toFile) {
                CategoryView category = categories.get(matter.getCategoryCode());
                if (category != null) {
                    category.materials().forEach(material -> requirements.add(new Checklist.Requirement(material,
                            MaterialSource.catalogue(matter.getDepartmentCode(), matter.getCategoryCode()))));
                }
            }
            for (Opinion opinion : opinions) {
                opinion.getMaterials().forEach(material -> requirements.add(new Checklist.Requirement(material,
                        MaterialSource.opinion(opinion.getDepartmentCode(), opinion.getMeeting().getId()))));
            }
        }
        MaterialLibrary library = library();
        List<Checklist.Item> merged = Checklist.merge(requirements, library, new Checklist.Plan(plan.stream()
                .map(m -> new Checklist.PlannedMatter(m.getCategoryCode(), m.getDepartmentCode(), m.getStatus())).toList()));
        // The items already there, by the material they stand for now: two wordings of one material (before the
        // library knew them) become the one item the merge gives, receipts and uploads kept.
        Map<String, List<RequiredMaterial>> existing = of(projectId).stream()
                .collect(Collectors.groupingBy(i -> library.key(i.getMaterial()), LinkedHashMap::new, Collectors.toList()));
        Map<RequiredMaterial, Checklist.Item> kept = new LinkedHashMap<>();
        List<Checklist.Item> added = new ArrayList<>();
        for (Checklist.Item item : merged) {
            List<RequiredMaterial> known = existing.remove(item.key());
            if (known == null) {
                added.add(item);
            } else {
                kept.put(oneOf(known), item);
            }
        }
        // Nobody asks for these any more: an outstanding one goes, unless the investor uploaded for it; a received one stays.
        existing.values().stream().flatMap(List::stream).filter(i -> i.isOutstanding() && !uploads.any(i.getId()))
                .forEach(em::remove);
        em.flush(); // the wordings merged away are gone before their item takes the standard name's key
        kept.forEach((item, asked) -> {
            item.standardise(asked.material(), asked.key());
            item.requiredBy(asked.sources());
        });
        added.forEach(item -> em.persist(new RequiredMaterial(projectId, item.material(), item.key(), item.sources())));
    }

    /**
     * The projects whose notification a change of the library can alter, still open (taken in, in
     * approval or paused: later ones keep the notification they were handed): those with an item under
     * a changed wording, and those whose plan holds a category whose document changed producer.
     */
    public List<Long> openAffectedBy(MaterialLibrary.Change change) {
        Set<Long> projects = new TreeSet<>();
        for (List<String> keys : chunks(List.copyOf(change.itemKeys()))) {
            projects.addAll(em.createQuery("select distinct i.projectId from RequiredMaterial i, Project p"
                            + " where p.id = i.projectId and p.status in :open and i.materialKey in :keys", Long.class)
                    .setParameter("open", OPEN).setParameter("keys", keys).getResultList());
        }
        if (!change.producers().isEmpty()) {
            projects.addAll(em.createQuery("select distinct m.projectId from Matter m, Project p where p.id = m.projectId"
                            + " and p.status in :open and m.categoryCode in :categories"
                            + " and exists (select i.id from RequiredMaterial i where i.projectId = m.projectId)", Long.class)
                    .setParameter("open", OPEN).setParameter("categories", change.producers()).getResultList());
        }
        return List.copyOf(projects);
    }

    /** Merges each project's notification again under the library as it now is. */
    public void refreshEach(List<Long> projectIds) {
        projectIds.forEach(this::refresh);
    }

    /** Parts of at most {@value #KEYS_PER_QUERY}: a bound list of parameters stays within what every database takes. */
    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            parts.add(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)));
        }
        return parts;
    }

    /** The library the merge reads. */
    public MaterialLibrary library() {
        return MaterialLibrary.of(em.createNamedQuery(StandardMaterial.ALL, StandardMaterial.class).getResultList());
    }

    /** The item that stands for all of these wordings: a received one if any, else the first; the others' uploads move to it. */
    private RequiredMaterial oneOf(List<RequiredMaterial> wordings) {
        RequiredMaterial kept = wordings.stream().filter(i -> !i.isOutstanding()).findFirst().orElse(wordings.get(0));
        for (RequiredMaterial other : wordings) {
            if (other != kept) {
                uploads.move(other.getId(), kept.getId());
                em.remove(other);
            }
        }
        return kept;
    }

    @Override
    public HoldingBack holdingBackIn(Long projectId) {
        return new ReadOnFirstQuestion(projectId);
    }

    /** Reads the project's items on the first question, as most steps are not acceptances and ask none. */
    private final class ReadOnFirstQuestion implements HoldingBack {
        private final Long projectId;
        private List<RequiredMaterial> outstanding;
        private Set<String> partiallyAccepted;

        ReadOnFirstQuestion(Long projectId) {
            this.projectId = projectId;
        }

        @Override
        public List<String> of(String categoryCode, String departmentCode) {
            if (outstanding == null) {
                outstanding = NotificationItems.this.of(projectId).stream().filter(RequiredMaterial::isOutstanding).toList();
                // A partial acceptance matters only when something is outstanding: read only then.
                partiallyAccepted = outstanding.isEmpty() ? Set.of() : partialAcceptances(projectId).stream()
                        .map(PartialAcceptance::getCategoryCode).collect(Collectors.toSet());
            }
            return partiallyAccepted.contains(categoryCode) ? List.of() : outstanding.stream()
                    .filter(i -> i.holdsBack(categoryCode, departmentCode)).map(RequiredMaterial::getMaterial).toList();
        }
    }

    /** The outstanding items the matter's category or department asks for, partial acceptance or not. */
    public List<String> outstandingFor(Long projectId, String categoryCode, String departmentCode) {
        return of(projectId).stream().filter(i -> i.holdsBack(categoryCode, departmentCode))
                .map(RequiredMaterial::getMaterial).toList();
    }

    public List<RequiredMaterial> of(Long projectId) {
        return em.createQuery("select i from RequiredMaterial i where i.projectId = :id order by i.id", RequiredMaterial.class)
                .setParameter("id", projectId).getResultList();
    }

    public List<PartialAcceptance> partialAcceptances(Long projectId) {
        return em.createQuery("select p from PartialAcceptance p where p.projectId = :id order by p.id", PartialAcceptance.class)
                .setParameter("id", projectId).getResultList();
    }

    public List<Matter> matters(Long projectId) {
        return em.createQuery("select m from Matter m where m.projectId = :id", Matter.class).setParameter("id", projectId)
                .getResultList();
    }
}
