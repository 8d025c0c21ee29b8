package org.aifootprint.web.support;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a use case's {@code page(PageRequest)}: the database counts, sorts, filters and
 * pages, so a table stays fast at hundreds of thousands of rows. Column {@code field}s are entity properties.
 */
public class EntityLazyModel<T> extends LazyDataModel<T> {

    /** Serializable page loader, so that view-scoped beans can hold the model. */
    public interface Loader<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;
    private transient List<T> rows = List.of();

    public EntityLazyModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, query(0, 1, Map.of(), filterBy).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = query(first, pageSize, sortBy, filterBy);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        rows = page.rows();
        return rows;
    }

    private Page<T> query(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() != SortOrder.UNSORTED) {
                sortField = sort.getField();
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        Map<String, String> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !value.toString().isBlank()) {
                filters.put(meta.getField(), value.toString());
            }
        });
        try {
            return loader.apply(new PageRequest(first, Math.max(1, size), sortField, ascending, filters));
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
            return new Page<>(List.of(), 0);
        }
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return rows.stream().filter(r -> String.valueOf(key.apply(r)).equals(rowKey)).findFirst().orElse(null);
    }
}
