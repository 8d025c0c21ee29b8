package org.aifootprint.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.application.tenant.UserAdministration;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.domain.tenant.UserAccount;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code admin/users.xhtml}: the tenant's users — create, change role, disable, reset password. */
@Named
@ViewScoped
public class Users implements Serializable {

    @Inject
    private transient UserAdministration administration;

    private List<UserAccount> users;
    private final Map<Long, Role> roleChoices = new HashMap<>();
    private String email;
    private String displayName;
    private Role role = Role.ANALYST;
    private String issuedFor;
    private String issuedPassword;

    @PostConstruct
    void load() {
        users = administration.users();
        roleChoices.clear();
        users.forEach(u -> roleChoices.put(u.getId(), u.getRole()));
    }

    public void create() {
        try {
            UserAdministration.IssuedPassword issued = administration.create(new UserAdministration.NewUser(email, displayName, role));
            showIssued(issued);
            email = null;
            displayName = null;
            role = Role.ANALYST;
            PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void changeRole(UserAccount user) {
        try {
            UserAccount changed = administration.changeRole(user.getId(), roleChoices.get(user.getId()));
            Pages.info("Role changed", changed.getEmail() + " is now " + changed.getRole().label() + ".");
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
        load();
    }

    public void toggleEnabled(UserAccount user) {
        try {
            UserAccount changed = administration.setEnabled(user.getId(), !user.isEnabled());
            Pages.info(changed.isEnabled() ? "Account enabled" : "Account disabled",
                    changed.getEmail() + (changed.isEnabled() ? " can sign in again." : " can no longer sign in; open sessions end within seconds."));
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
        load();
    }

    public void resetPassword(UserAccount user) {
        showIssued(administration.resetPassword(user.getId()));
        load();
    }

    private void showIssued(UserAdministration.IssuedPassword issued) {
        issuedFor = issued.user().getEmail();
        issuedPassword = issued.temporaryPassword();
        PrimeFaces.current().executeScript("PF('issuedDialog').show()");
    }

    public Role[] getRoles() {
        return Role.TENANT_ROLES.toArray(Role[]::new);
    }

    /** The role chosen in each row's menu, by user id. */
    public Map<Long, Role> getRoleChoices() {
        return roleChoices;
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }
}
