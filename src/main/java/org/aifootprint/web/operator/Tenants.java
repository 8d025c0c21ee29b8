package org.aifootprint.web.operator;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.application.tenant.TenantAdministration;
import org.aifootprint.domain.tenant.Tenant;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code operator/tenants.xhtml}: the platform operator lists tenants and creates one with its first admin. */
@Named
@ViewScoped
public class Tenants implements Serializable {

    @Inject
    private transient TenantAdministration administration;

    private List<Tenant> tenants;
    private String id;
    private String name;
    private String adminEmail;
    private String adminName;
    private String adminPassword;

    @PostConstruct
    void load() {
        tenants = administration.tenants();
    }

    public void create() {
        try {
            Tenant tenant = administration.create(new TenantAdministration.NewTenant(id, name, adminEmail, adminName, adminPassword));
            Pages.info("Tenant created", tenant.getName() + " (" + tenant.getId() + "); " + adminEmail + " can now sign in as its administrator.");
            id = name = adminEmail = adminName = adminPassword = null;
            PrimeFaces.current().executeScript("PF('newTenantDialog').hide()");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public List<Tenant> getTenants() {
        return tenants;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
