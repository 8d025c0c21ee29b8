package org.aifootprint.domain.factor;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a category by its external code ({@code grid-location}), as reference-data/README.md names them. */
@Converter
public class FactorCategoryConverter implements AttributeConverter<FactorCategory, String> {

    @Override
    public String convertToDatabaseColumn(FactorCategory category) {
        return category == null ? null : category.code();
    }

    @Override
    public FactorCategory convertToEntityAttribute(String code) {
        return code == null ? null : FactorCategory.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown factor category in the database: " + code));
    }
}
