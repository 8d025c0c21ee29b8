package org.aifootprint.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.aifootprint.domain.shared.Change;
import org.aifootprint.domain.shared.ChangeHistory;
import org.aifootprint.domain.shared.TenantOwned;
import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads a record's revisions from the Envers audit tables and turns consecutive versions into field-by-field
 * changes. Envers queries are not filtered by Hibernate's tenant discriminator, so rows of other tenants are
 * dropped here by the tenant recorded with each version.
 */
@ApplicationScoped
public class EnversChangeHistory implements ChangeHistory {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Change> of(Class<? extends TenantOwned> type, long id) {
        String tenant = TenantContext.current().orElse(TenantContext.NO_TENANT);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Change> changes = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            TenantOwned version = (TenantOwned) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            String owner = version.getTenantId() != null ? version.getTenantId() : revision.getTenantId();
            if (!tenant.equals(owner)) {
                continue;
            }
            Change.Kind kind = switch (revisionType) {
                case ADD -> Change.Kind.CREATED;
                case MOD -> Change.Kind.CHANGED;
                case DEL -> Change.Kind.DELETED;
            };
            Object after = kind == Change.Kind.DELETED ? null : version;
            changes.add(new Change(revision.getId(), Instant.ofEpochMilli(revision.getChangedAt()), revision.getChangedBy(),
                    kind, differences(type, previous, kind == Change.Kind.DELETED ? null : after)));
            previous = after;
        }
        return changes;
    }

    /** The properties whose text differs between two versions (either may be null: created or deleted). */
    private static List<Change.FieldChange> differences(Class<?> type, Object before, Object after) {
        List<Change.FieldChange> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != TenantOwned.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class)
                        || Collection.class.isAssignableFrom(field.getType())) {
                    continue;
                }
                field.setAccessible(true);
                String b = text(read(field, before));
                String a = text(read(field, after));
                if (!Objects.equals(a, b)) {
                    fields.add(new Change.FieldChange(field.getName(), b, a));
                }
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        if (target == null) {
            return null;
        }
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values as a person reads them; a referenced record by its code or label. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        for (String getter : new String[] {"getCode", "getLabel", "getAssetTag", "getId"}) {
            try {
                var method = value.getClass().getMethod(getter);
                if (!(value instanceof Number) && !(value instanceof CharSequence) && !(value instanceof Enum<?>)) {
                    Object v = method.invoke(value);
                    return v == null ? null : v.toString();
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // not a referenced record, or it has no such property: try the next way of naming it
            }
        }
        return value.toString();
    }
}
