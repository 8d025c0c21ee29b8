package org.aifootprint.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void anAdministratorMayDoWhatEveryOtherTenantRoleMayDo() {
        assertEquals(Set.of("ADMIN", "ANALYST", "AUDITOR", "PROCUREMENT"), Role.ADMIN.groupNames());
    }

    @Test
    void otherRolesGrantOnlyThemselves() {
        assertEquals(Set.of("AUDITOR"), Role.AUDITOR.groupNames());
        assertEquals(Set.of("OPERATOR"), Role.OPERATOR.groupNames());
    }

    @Test
    void theOperatorIsNotATenantRoleAndCannotBeGivenToATenantUser() {
        assertFalse(Role.OPERATOR.isTenantRole());
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("x@y.example", "X", Role.OPERATOR, "hash", Instant.EPOCH));
        UserAccount user = new UserAccount("x@y.example", "X", Role.ANALYST, "hash", Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> user.changeRole(Role.OPERATOR));
    }
}
