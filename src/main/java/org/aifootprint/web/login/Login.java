package org.aifootprint.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.aifootprint.infrastructure.security.AifAuthenticationMechanism;
import org.aifootprint.infrastructure.security.Caller;
import org.aifootprint.infrastructure.security.CurrentCaller;
import org.aifootprint.web.support.Pages;

/** The login page ({@code login.xhtml}) and signing out. */
@Named
@RequestScoped
public class Login {

    @Inject
    private SecurityContext securityContext;
    @Inject
    private CurrentCaller currentCaller;
    @Inject
    private FacesContext faces;

    private String email;
    private String password;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email == null ? "" : email, password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
            HttpSession session = request.getSession();
            String next = (String) session.getAttribute(AifAuthenticationMechanism.SESSION_NEXT);
            session.removeAttribute(AifAuthenticationMechanism.SESSION_NEXT);
            external.redirect(request.getContextPath() + (isSafeNext(next) ? next : home(caller)));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            Pages.error("Sign-in failed", "The e-mail address or password is wrong, or the account is disabled.");
        }
    }

    /** On the login page: someone already signed in goes straight to their home page. */
    public void redirectIfSignedIn() throws IOException {
        if (currentCaller.isSignedIn()) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + home(currentCaller.require()));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + AifAuthenticationMechanism.LOGIN_PAGE);
    }

    static String home(Caller caller) {
        return caller.hasTenant() ? "/index.xhtml" : "/operator/tenants.xhtml";
    }

    /** Only a path of this application: no scheme, no other host, no login loop. */
    static boolean isSafeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(AifAuthenticationMechanism.LOGIN_PAGE) && !next.startsWith("/jakarta.faces.resource");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
