package org.projectdesk.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.projectdesk.security.boundary.AccountPage;
import org.projectdesk.security.boundary.AccountView;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/** The administrator's accounts page: a paged list, and dialogs to open, edit and reset an account. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @EJB
    Accounts accounts;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    private final LazyDataModel<AccountView> rows = new AccountRows();
    private String search;
    private AccountForm form = new AccountForm();
    private String newPassword;

    public void startNew() {
        form = new AccountForm();
    }

    public void startEdit(AccountView account) {
        form = AccountForm.of(account);
    }

    public void startPasswordReset(AccountView account) {
        form = AccountForm.of(account);
        newPassword = null;
    }

    public void save() {
        Attempt.run(faces, messages, () -> {
            if (form.getId() == null) {
                accounts.open(new NewAccount(form.getUsername(), form.getDisplayName(), form.getPassword(),
                        Set.of(form.getRoles()), form.getDepartmentCode(), form.getEnterpriseCode(), form.getTownCode(),
                        form.getPhone(), form.getEmail()));
                info("accounts.created", form.getUsername());
            } else {
                accounts.update(form.getId(), form.getVersion(), form.getDisplayName(), Set.of(form.getRoles()),
                        form.getDepartmentCode(), form.getEnterpriseCode(), form.getTownCode(), form.getPhone(), form.getEmail());
                info("accounts.saved", form.getUsername());
            }
        }, null);
    }

    public void resetPassword() {
        Attempt.run(faces, messages, () -> {
            accounts.resetPassword(form.getId(), form.getVersion(), newPassword);
            info("accounts.passwordReset", form.getUsername());
        }, null);
    }

    public void toggleEnabled(AccountView account) {
        Attempt.run(faces, messages, () -> {
            if (account.enabled()) {
                accounts.disable(account.id(), account.version());
                info("accounts.disabled", account.username());
            } else {
                accounts.enable(account.id(), account.version());
                info("accounts.enabled", account.username());
            }
        }, null);
    }

    public String getDialogTitle() {
        return form.isNew() ? messages.text("accounts.dialogNew") : messages.format("accounts.dialogEdit", form.getUsername());
    }

    public String getPasswordDialogTitle() {
        return messages.format("accounts.dialogPassword", form.getUsername() == null ? "" : form.getUsername());
    }

    public boolean isLocked(AccountView account) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
    }

    public void unlock(AccountView account) {
        Attempt.run(faces, messages, () -> {
            accounts.unlock(account.id());
            info("accounts.unlocked", account.username());
        }, null);
    }

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    private void info(String key, Object argument) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, argument), null));
    }

    private final class AccountRows extends LazyDataModel<AccountView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.page(search, 0, 1, "username", true).total();
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            AccountPage page = accounts.page(search, first, pageSize, sort == null ? "username" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(AccountView account) {
            return String.valueOf(account.id());
        }

        @Override
        public AccountView getRowData(String rowKey) {
            return accounts.get(Long.parseLong(rowKey));
        }
    }

    public LazyDataModel<AccountView> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public AccountForm getForm() {
        return form;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** The fields of the open dialog. */
    public static class AccountForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private long version;
        private String username;
        private String displayName;
        private String password;
        private Role[] roles = {};
        private String departmentCode;
        private String enterpriseCode;
        private String townCode;
        private String phone;
        private String email;

        static AccountForm of(AccountView account) {
            AccountForm form = new AccountForm();
            form.id = account.id();
            form.version = account.version();
            form.username = account.username();
            form.displayName = account.displayName();
            form.roles = account.roles().toArray(Role[]::new);
            form.departmentCode = account.departmentCode();
            form.enterpriseCode = account.enterpriseCode();
            form.townCode = account.townCode();
            form.phone = account.phone();
            form.email = account.email();
            return form;
        }

        public boolean isNew() {
            return id == null;
        }

        public Long getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        /** An array, not a List, so that Faces converts the checkbox values to Role by itself. */
        public Role[] getRoles() {
            return roles;
        }

        public void setRoles(Role[] roles) {
            this.roles = roles == null ? new Role[0] : roles;
        }

        public String getDepartmentCode() {
            return departmentCode;
        }

        public void setDepartmentCode(String departmentCode) {
            this.departmentCode = departmentCode;
        }

        public String getEnterpriseCode() {
            return enterpriseCode;
        }

        public void setEnterpriseCode(String enterpriseCode) {
            this.enterpriseCode = enterpriseCode;
        }

        public String getTownCode() {
            return townCode;
        }

        public void setTownCode(String townCode) {
            this.townCode = townCode;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
