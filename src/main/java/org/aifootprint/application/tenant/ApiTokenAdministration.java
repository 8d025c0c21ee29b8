package org.aifootprint.application.tenant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.aifootprint.application.InputValidation;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.application.NotFound;
import org.aifootprint.domain.tenant.ApiToken;
import org.aifootprint.domain.tenant.ApiTokenRepository;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.infrastructure.security.Secrets;
import org.aifootprint.infrastructure.security.CurrentCaller;

/** A tenant administrator's use cases for API tokens. */
@Stateless
@RolesAllowed("ADMIN")
public class ApiTokenAdministration {

    public record NewToken(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
            @NotNull(message = "is required") Role role) {
    }

    /** A created token with its secret, which is shown once and never stored. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    @Inject
    private InputValidation validation;
    @Inject
    private ApiTokenRepository tokens;
    @Inject
    private CurrentCaller caller;
    @Inject
    private Clock clock;

    public List<ApiToken> tokens() {
        return tokens.findAll();
    }

    public IssuedToken create(NewToken request) {
        validation.check(request);
        if (!request.role().isTenantRole()) {
            throw InvalidInput.of("role", "must be one of ADMIN, ANALYST, AUDITOR, PROCUREMENT");
        }
        String secret = Secrets.newApiToken();
        ApiToken token = new ApiToken(request.name().trim(), request.role(), Secrets.sha256(secret),
                Secrets.displayPrefix(secret), caller.require().name(), clock.instant());
        tokens.store(token);
        return new IssuedToken(token, secret);
    }

    public ApiToken revoke(long id) {
        ApiToken token = tokens.find(id).orElseThrow(() -> new NotFound("API token", id));
        token.revoke(clock.instant());
        return token;
    }
}
