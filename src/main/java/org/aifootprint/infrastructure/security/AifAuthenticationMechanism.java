package org.aifootprint.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The application's single authentication mechanism (Jakarta Security 3 allows one):
 * <ul>
 * <li>pages: form login through {@code SecurityContext.authenticate} from the login page; the caller is
 * then kept in the HTTP session (whose id is renewed at login) and re-checked against the directory, so
 * a disabled user is signed out within seconds; an anonymous request for a protected page is sent to
 * the login page;</li>
 * <li>{@code /api/*}: stateless, {@code Authorization: Basic} (user e-mail and password) or
 * {@code Authorization: Bearer} (API token); the session is never used there, so a browser session
 * cannot be ridden by another site to call the API. Failures answer 401 with a JSON body.</li>
 * </ul>
 */
@ApplicationScoped
public class AifAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "aif.caller";
    /** Session attribute: the page an anonymous user asked for, to return there after login. */
    public static final String SESSION_NEXT = "aif.next";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private CallerDirectory directory;

    @Inject
    private BasicCredentialCache basicCache;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(credential, request, context);
        }
        if (isApi(request)) {
            return apiRequest(request, response, context);
        }
        return pageRequest(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus formLogin(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        Optional<Caller> caller = validate(credential);
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_CALLER, caller.get());
        return establish(caller.get(), request, context);
    }

    private AuthenticationStatus pageRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Caller remembered = session == null ? null : (Caller) session.getAttribute(SESSION_CALLER);
        if (remembered != null) {
            Optional<Caller> current = directory.activeUser(remembered.name());
            if (current.isPresent()) {
                if (!current.get().equals(remembered)) {
                    session.setAttribute(SESSION_CALLER, current.get());
                }
                return establish(current.get(), request, context);
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return sendToLogin(request, response);
    }

    private AuthenticationStatus apiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected()
                    ? unauthorized(response, "Authentication required: send HTTP Basic credentials or a Bearer API token.")
                    : context.doNothing();
        }
        Optional<Caller> caller;
        if (startsWithIgnoreCase(authorization, "Basic ")) {
            Optional<UsernamePasswordCredential> basic = decodeBasic(authorization.substring(6).trim());
            if (basic.isEmpty()) {
                return unauthorized(response, "Malformed HTTP Basic credentials.");
            }
            caller = basicCache.computeIfAbsent(basic.get(), this::validate)
                    .flatMap(c -> directory.activeUser(c.name()));
        } else if (startsWithIgnoreCase(authorization, "Bearer ")) {
            caller = directory.activeToken(Secrets.sha256(authorization.substring(7).trim()));
        } else {
            return unauthorized(response, "Unsupported Authorization scheme: use Basic or Bearer.");
        }
        if (caller.isEmpty()) {
            return unauthorized(response, "Invalid credentials, or the user or token is disabled or revoked.");
        }
        return establish(caller.get(), request, context);
    }

    private Optional<Caller> validate(Credential credential) {
        CredentialValidationResult result = identityStores.validate(normalised(credential));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return Optional.empty();
        }
        return directory.activeUser(result.getCallerPrincipal().getName());
    }

    private static Credential normalised(Credential credential) {
        if (credential instanceof UsernamePasswordCredential up) {
            return new UsernamePasswordCredential(up.getCaller().trim().toLowerCase(Locale.ROOT), up.getPassword());
        }
        return credential;
    }

    private static AuthenticationStatus establish(Caller caller, HttpServletRequest request, HttpMessageContext context) {
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    private static AuthenticationStatus sendToLogin(HttpServletRequest request, HttpServletResponse response) {
        String login = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(SESSION_NEXT,
                        request.getRequestURI().substring(request.getContextPath().length())
                                + (query == null ? "" : "?" + query));
            }
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // A JSF Ajax request whose session expired: tell the page to navigate, in the JSF protocol.
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not redirect to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"AI Footprint API\", Bearer realm=\"AI Footprint API\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"error\":\"" + message.replace("\"", "'") + "\",\"details\":[]}");
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 401 response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static Optional<UsernamePasswordCredential> decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
