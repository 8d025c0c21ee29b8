package org.aifootprint.domain.governance;

import java.util.List;

public interface BudgetRepository {

    List<Budget> findAll();

    void store(Budget budget);
}
