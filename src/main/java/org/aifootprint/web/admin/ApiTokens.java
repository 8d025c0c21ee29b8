package org.aifootprint.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.application.tenant.ApiTokenAdministration;
import org.aifootprint.domain.tenant.ApiToken;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code admin/tokens.xhtml}: API tokens — create (secret shown once), revoke. */
@Named
@ViewScoped
public class ApiTokens implements Serializable {

    @Inject
    private transient ApiTokenAdministration administration;

    private List<ApiToken> tokens;
    private String name;
    private Role role = Role.ANALYST;
    private String issuedSecret;

    @PostConstruct
    void load() {
        tokens = administration.tokens();
    }

    public void create() {
        try {
            issuedSecret = administration.create(new ApiTokenAdministration.NewToken(name, role)).secret();
            name = null;
            role = Role.ANALYST;
            PrimeFaces.current().executeScript("PF('newTokenDialog').hide(); PF('secretDialog').show()");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void revoke(ApiToken token) {
        ApiToken revoked = administration.revoke(token.getId());
        Pages.info("Token revoked", "\u201c" + revoked.getName() + "\u201d no longer works.");
        load();
    }

    public Role[] getRoles() {
        return Role.TENANT_ROLES.toArray(Role[]::new);
    }

    public List<ApiToken> getTokens() {
        return tokens;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
