package org.projectdesk.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.entity.Role;

/** Who sees which entries of the header's menu: each role's menu as the layout rendered it when it was written in XHTML. */
class HeaderMenuTest {

    private static String menuOf(Role role, String department, String enterprise, String town) {
        var scope = new CallerScope("someone", EnumSet.of(role), department, enterprise, town);
        return HeaderMenu.shownTo(scope).stream()
                .map(entry -> entry.pages().isEmpty() ? entry.id()
                        : entry.id() + entry.pages().stream().map(HeaderMenu.Entry::id).collect(Collectors.joining(" ", "[", "]")))
                .collect(Collectors.joining(" "));
    }

    @Test
    void anOfficer() {
        assertEquals("home projectsMenu[projectList intake caseload ledger meetings meetingCalendar visits problems] acceptances"
                + " referrals reference[materials] acceptanceFigures disclosure inbox", menuOf(Role.OFFICER, null, null, null));
    }

    @Test
    void theDirector() {
        assertEquals("home projectsMenu[projectList intake caseload ledger meetings meetingCalendar visits complaints problems]"
                + " acceptances referrals reference[catalogue calendar planRules acceptanceItems materials towns] weeklyReport"
                + " acceptanceFigures board disclosure inbox", menuOf(Role.DIRECTOR, null, null, null));
    }

    @Test
    void anAdministrator() {
        assertEquals("home accounts projectsMenu[projectList] acceptances referrals"
                + " reference[catalogue calendar planRules acceptanceItems materials towns] acceptanceFigures board jobs backups"
                + " disclosure inbox", menuOf(Role.ADMIN, null, null, null));
    }

    @Test
    void aLeader() {
        assertEquals("home projectsMenu[projectList meetings meetingCalendar visits problems] acceptances referrals"
                + " reference[materials] weeklyReport acceptanceFigures board disclosure inbox", menuOf(Role.LEADER, null, null, null));
    }

    @Test
    void anInvestor() {
        assertEquals("home projectsMenu[projectList myProjects problems] acceptances disclosure inbox",
                menuOf(Role.INVESTOR, null, "91320684MA1XXXXX0A", null));
    }

    @Test
    void aDepartmentWindow() {
        assertEquals("home projectsMenu[projectList meetings meetingCalendar visits problems] acceptances reference[materials]"
                + " acceptanceFigures disclosure inbox", menuOf(Role.DEPARTMENT, "LAND", null, null));
    }

    @Test
    void aTownSeesItsTownsProjectsAndRegistersReferrals() {
        assertEquals("home projectsMenu[townProjects visits problems] acceptances referrals newReferral weeklyReport"
                + " acceptanceFigures board disclosure inbox", menuOf(Role.TOWN, null, null, "320684101"));
    }

    @Test
    void everyEntryHasAnIdOfItsOwnAndEveryPageButTheTownsNameForTheProjectListAViewOfItsOwn() {
        List<HeaderMenu.Entry> pages = HeaderMenu.ENTRIES.stream()
                .flatMap(entry -> entry.pages().isEmpty() ? Stream.of(entry) : Stream.concat(Stream.of(entry), entry.pages().stream()))
                .toList();
        assertEquals(pages.size(), pages.stream().map(HeaderMenu.Entry::id).distinct().count(), "ids");
        List<String> views = pages.stream().map(HeaderMenu.Entry::view).filter(Objects::nonNull).toList();
        assertEquals(views.size() - 1, views.stream().distinct().count(), "views");
    }
}
