package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.projectdesk.audit.boundary.AuditView;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.project.entity.Town;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.web.shell.DepartmentNames;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.Messages;
import org.projectdesk.web.shell.PersonNames;

/**
 * The service file's history as people read it: each entry one sentence in the page's language
 * ({@link HistoryWords}), and who did it by name. Categories are named as the file's catalogue version
 * names them, meetings by their kind, each looked up once a request.
 */
@Named
@RequestScoped
public class HistorySentences {

    @EJB
    Catalogue catalogue;

    @EJB
    Meetings meetings;

    @EJB
    ProjectLists lists;

    @Inject
    ServiceFilePage page;

    @Inject
    PersonNames people;

    @Inject
    DepartmentNames departments;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    private HistoryWords words;

    public String sentence(AuditView entry) {
        return words().sentence(entry);
    }

    public String actor(AuditView entry) {
        return words().actor(entry);
    }

    private HistoryWords words() {
        if (words == null) {
            words = new HistoryWords(messages.bundle(), new Lookups(faces.getViewRoot().getLocale()));
        }
        return words;
    }

    /** The names behind an entry's codes, each kind read once a request. */
    private final class Lookups implements HistoryWords.Names {

        private final Locale locale;
        private Map<String, HistoryWords.Category> categories;
        private Map<String, String> towns;
        private final Map<Long, Optional<HistoryWords.Meeting>> meetingsById = new HashMap<>();

        Lookups(Locale locale) {
            this.locale = locale;
        }

        @Override
        public String person(String username) {
            return people.name(username);
        }

        @Override
        public String department(String code) {
            return departments.name(code);
        }

        @Override
        public Optional<HistoryWords.Category> category(String code) {
            if (categories == null) {
                ServiceFileView file = page.getFile();
                categories = file == null ? Map.of() : catalogue.version(file.catalogueVersion()).categories().stream()
                        .collect(Collectors.toMap(CategoryView::code,
                                c -> new HistoryWords.Category(Language.pick(locale, c.name(), c.nameEn() == null ? c.name() : c.nameEn()), c.departmentCode()),
                                (a, b) -> a));
            }
            return Optional.ofNullable(categories.get(code));
        }

        @Override
        public String town(String code) {
            if (towns == null) {
                towns = lists.towns().stream().collect(Collectors.toMap(Town::getCode,
                        t -> Language.pick(locale, t.getName(), t.getNameEn() == null ? t.getName() : t.getNameEn()), (a, b) -> a));
            }
            return towns.getOrDefault(code, code);
        }

        /** A meeting the caller may not open (or one since removed) is named by its kind alone. */
        @Override
        public Optional<HistoryWords.Meeting> meeting(long id) {
            return meetingsById.computeIfAbsent(id, known -> {
                try {
                    var m = meetings.meeting(known);
                    return Optional.of(new HistoryWords.Meeting(m.kind().name(), m.startsAt(), m.place()));
                } catch (RuntimeException notVisible) {
                    return Optional.empty();
                }
            });
        }
    }
}
