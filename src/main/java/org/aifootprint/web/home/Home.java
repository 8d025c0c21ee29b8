package org.aifootprint.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.infrastructure.security.CurrentCaller;

/** {@code index.xhtml}: the home page of a tenant user, with what their role lets them do. */
@Named
@RequestScoped
public class Home {

    public record Card(String icon, String title, String text, String outcome) {
    }

    @Inject
    private CurrentCaller caller;
    @Inject
    private FacesContext faces;

    /** The platform operator has no tenant home; its place is the tenant list. */
    public void sendOperatorToPlatform() throws IOException {
        if (caller.isSignedIn() && !caller.require().hasTenant()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/operator/tenants.xhtml");
        }
    }

    public List<Card> getCards() {
        List<Card> cards = new ArrayList<>();
        if (caller.may("ADMIN")) {
            cards.add(new Card("pi-users", "Users", "Invite the people of your organisation and give each a role.", "/admin/users"));
            cards.add(new Card("pi-key", "API tokens", "Let scripts and schedulers call the REST API without a person's password.", "/admin/tokens"));
        }
        cards.add(new Card("pi-code", "REST API",
                "Every screen has its API under /api/v1. Try GET /api/v1/me with your e-mail and password (HTTP Basic) or an API token.", null));
        cards.add(new Card("pi-lock", "Your account", "Change your password.", "/account/password"));
        return cards;
    }
}
