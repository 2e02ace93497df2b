package org.projectdesk.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.web.security.CurrentUser;
import org.projectdesk.web.supervision.InboxBadge;

/**
 * The header's menu, in every signed-in page, made in Java once per request from the table below. Written as
 * {@code p:menuitem}s in the layout, each entry's {@code rendered} and label were expressions resolved through CDI
 * several times a page and each {@code outcome} a navigation case resolved to a URL: 40 % of the menubar's time in a
 * profile of the officer's home under load. Who sees an entry is asked of the caller's scope, as the boundaries
 * decide it; the layout is for signed-in pages only.
 */
@Named
@RequestScoped
public class HeaderMenu {

    /** An entry of the menu: a page, or a submenu of pages, shown to the callers its test accepts. */
    record Entry(String id, String labelKey, String icon, Predicate<CallerScope> shownTo, String view, List<Entry> pages) {

        static Entry page(String id, String labelKey, String view, String icon, Predicate<CallerScope> shownTo) {
            return new Entry(id, labelKey, icon, shownTo, view, List.of());
        }

        static Entry submenu(String id, String labelKey, String icon, Predicate<CallerScope> shownTo, Entry... pages) {
            return new Entry(id, labelKey, icon, shownTo, null, List.of(pages));
        }
    }

    private static final Predicate<CallerScope> EVERYONE = scope -> true;
    private static final Predicate<CallerScope> REFERENCE_EDITORS = scope -> scope.isAdmin() || scope.isDirector();

    /**
     * How PrimeFaces tells a model's top-level entries (its {@code BaseMenuModel.generateUniqueIds} prefix): the
     * menubar gives those submenus the arrow pointing down, as it does a {@code p:submenu} placed in it.
     */
    private static final String TOP_LEVEL = "_";

    /** The inbox closes the menu; its label carries the unread count. */
    static final String INBOX = "inbox";

    static final List<Entry> ENTRIES = List.of(
            Entry.page("home", "menu.home", "/index", "pi pi-home", EVERYONE),
            Entry.page("accounts", "menu.accounts", "/admin/accounts", "pi pi-users", CallerScope::isAdmin),
            // Every role may open the project list (ProjectLists.list narrows it); a town's staff sees it as its town's projects.
            Entry.submenu("projectsMenu", "menu.projects", "pi pi-briefcase",
                    scope -> scope.isStaff() || scope.isInvestor() || scope.isAdmin() || scope.isTown(),
                    Entry.page("projectList", "menu.projectList", "/projects/list", "pi pi-folder", scope -> !scope.isTown()),
                    Entry.page("townProjects", "menu.townProjects", "/projects/list", "pi pi-folder", CallerScope::isTown),
                    Entry.page("intake", "menu.intake", "/projects/intake", "pi pi-plus", CallerScope::isOffice),
                    Entry.page("caseload", "menu.caseload", "/projects/caseload", "pi pi-users", CallerScope::isOffice),
                    Entry.page("ledger", "menu.ledger", "/projects/ledger", "pi pi-table", CallerScope::isOffice),
                    Entry.page("meetings", "menu.meetings", "/meetings/list", "pi pi-comments", CallerScope::isStaff),
                    Entry.page("meetingCalendar", "menu.meetingCalendar", "/meetings/calendar", "pi pi-calendar",
                            CallerScope::isStaff),
                    Entry.page("visits", "menu.visits", "/coordination/visits", "pi pi-map-marker",
                            scope -> scope.isStaff() || scope.isTown()),
                    Entry.page("myProjects", "menu.myProjects", "/portal/projects", "pi pi-briefcase", CallerScope::isInvestor),
                    Entry.page("complaints", "menu.complaints", "/portal/complaints", "pi pi-megaphone",
                            CallerScope::isDirector),
                    Entry.page("problems", "menu.problems", "/coordination/problems", "pi pi-exclamation-circle",
                            scope -> scope.isStaff() || scope.isInvestor() || scope.isTown())),
            // Joint completion acceptance: every role reads the cases it may see (Acceptances.list narrows them). The
            // layout is for signed-in pages only (web.xml), so "everyone" here is everyone signed in.
            Entry.page("acceptances", "menu.acceptances", "/acceptance/list", "pi pi-verified", EVERYONE),
            // Referrals: the office, leaders and administrators see all, a town its own and registers new ones (Referrals decides).
            Entry.page("referrals", "menu.referrals", "/referrals/list", "pi pi-send",
                    scope -> scope.isCityWide() || scope.isTown()),
            Entry.page("newReferral", "menu.newReferral", "/referrals/new", "pi pi-plus-circle", CallerScope::isTown),
            Entry.submenu("reference", "menu.reference", "pi pi-book", CallerScope::readsMaterialsLibrary,
                    Entry.page("catalogue", "menu.catalogue", "/reference/catalogue", "pi pi-list", REFERENCE_EDITORS),
                    Entry.page("calendar", "menu.calendar", "/reference/calendar", "pi pi-calendar", REFERENCE_EDITORS),
                    Entry.page("planRules", "menu.planRules", "/reference/plan-rules", "pi pi-sitemap", REFERENCE_EDITORS),
                    Entry.page("acceptanceItems", "menu.acceptanceItems", "/reference/acceptance-items", "pi pi-check-square",
                            REFERENCE_EDITORS),
                    Entry.page("materials", "menu.materials", "/reference/materials", "pi pi-paperclip",
                            CallerScope::readsMaterialsLibrary),
                    Entry.page("towns", "menu.towns", "/reference/towns", "pi pi-map", REFERENCE_EDITORS)),
            Entry.page("weeklyReport", "menu.weeklyReport", "/report/weekly", "pi pi-chart-line",
                    scope -> scope.isDirector() || scope.isLeader() || scope.isTown()),
            Entry.page("acceptanceFigures", "menu.acceptanceFigures", "/acceptance/figures", "pi pi-chart-pie",
                    scope -> scope.isCityWide() || scope.isDepartmentWindow() || scope.isTown()),
            Entry.page("board", "menu.board", "/supervision/board", "pi pi-chart-bar",
                    scope -> scope.isDirector() || scope.isLeader() || scope.isAdmin() || scope.isTown()),
            Entry.page("jobs", "menu.jobs", "/admin/jobs", "pi pi-clock", CallerScope::isAdmin),
            Entry.page("backups", "menu.backups", "/admin/backups", "pi pi-save", CallerScope::isAdmin),
            Entry.page("disclosure", "menu.disclosure", "/public/disclosure", "pi pi-globe", EVERYONE),
            Entry.page(INBOX, "menu.inbox", "/inbox", "pi pi-bell", EVERYONE));

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    InboxBadge inboxBadge;

    @Inject
    Messages messages;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = new DefaultMenuModel();
            ResourceBundle text = messages.bundle();
            String contextPath = faces.getExternalContext().getRequestContextPath();
            for (Entry entry : shownTo(currentUser.getScope())) {
                model.getElements().add(element(entry, TOP_LEVEL + entry.id(), text, contextPath));
            }
        }
        return model;
    }

    /** The entries the caller sees, each submenu holding only the pages the caller sees. */
    static List<Entry> shownTo(CallerScope scope) {
        return ENTRIES.stream().filter(entry -> entry.shownTo().test(scope))
                .map(entry -> entry.pages().isEmpty() ? entry
                        : new Entry(entry.id(), entry.labelKey(), entry.icon(), entry.shownTo(), entry.view(),
                                entry.pages().stream().filter(page -> page.shownTo().test(scope)).toList()))
                .toList();
    }

    private MenuElement element(Entry entry, String id, ResourceBundle text, String contextPath) {
        if (entry.view() == null) {
            var submenu = DefaultSubMenu.builder().id(id).label(text.getString(entry.labelKey())).icon(entry.icon());
            entry.pages().forEach(page -> submenu.addElement(element(page, page.id(), text, contextPath)));
            return submenu.build();
        }
        String label = text.getString(entry.labelKey());
        var item = DefaultMenuItem.builder().id(id).value(label).url(contextPath + entry.view() + ".xhtml")
                .icon(entry.icon());
        if (entry.id().equals(INBOX)) {
            long unread = inboxBadge.getUnread();
            if (unread > 0) {
                item.value(label + " " + unread).styleClass("pd-unread-badge");
            }
        }
        return item.build();
    }
}
