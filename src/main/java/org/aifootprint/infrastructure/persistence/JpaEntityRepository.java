package org.aifootprint.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aifootprint.domain.shared.EntityRepository;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;

/**
 * Find, store, remove and page through one entity type with JPA. Paging runs a count and a page query in the
 * database (never loading the whole table), sorting and filtering only on the properties a subclass lists.
 */
public abstract class JpaEntityRepository<T> implements EntityRepository<T> {

    @PersistenceContext
    protected EntityManager em;

    private final Class<T> type;
    private final Set<String> queryableFields;

    protected JpaEntityRepository(Class<T> type, Set<String> queryableFields) {
        this.type = type;
        this.queryableFields = queryableFields;
    }

    @Override
    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    @Override
    public void store(T entity) {
        em.persist(entity);
    }

    @Override
    public void remove(T entity) {
        em.remove(entity);
    }

    @Override
    public Page<T> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, request.filters()));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root).where(filters(cb, root, request.filters()));
        List<jakarta.persistence.criteria.Order> order = new ArrayList<>();
        if (request.sortField() != null && !request.sortField().isBlank()) {
            Path<?> path = path(root, request.sortField());
            order.add(request.ascending() ? cb.asc(path) : cb.desc(path));
        }
        order.add(cb.desc(root.get("id")));
        select.orderBy(order);
        TypedQuery<T> query = em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size());
        return new Page<>(query.getResultList(), total);
    }

    private Predicate[] filters(CriteriaBuilder cb, Root<T> root, Map<String, String> filters) {
        List<Predicate> predicates = new ArrayList<>();
        filters.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            Path<?> path = path(root, field);
            Class<?> javaType = path.getJavaType();
            String text = value.trim();
            if (String.class.equals(javaType)) {
                predicates.add(cb.like(cb.lower(path.as(String.class)), "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
            } else if (javaType.isEnum()) {
                predicates.add(cb.equal(path, enumValue(javaType, field, text)));
            } else if (LocalDate.class.equals(javaType)) {
                predicates.add(cb.equal(path, parseDate(field, text)));
            } else {
                predicates.add(cb.equal(path.as(String.class), text));
            }
        });
        return predicates.toArray(Predicate[]::new);
    }

    /** Resolves a listed property, joining through references ({@code model.name}). */
    private Path<?> path(Root<T> root, String field) {
        if (!queryableFields.contains(field)) {
            throw InvalidInput.of("sort/filter", "cannot sort or filter by '" + field + "'; possible: " + String.join(", ", queryableFields));
        }
        String[] parts = field.split("\\.");
        From<?, ?> from = root;
        for (int i = 0; i < parts.length - 1; i++) {
            from = from.join(parts[i]);
        }
        return from.get(parts[parts.length - 1]);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> enumType, String field, String text) {
        try {
            return Enum.valueOf((Class<? extends Enum>) enumType, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "unknown value '" + text + "'");
        }
    }

    private static LocalDate parseDate(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInput.of(field, "must be a date as YYYY-MM-DD");
        }
    }
}
