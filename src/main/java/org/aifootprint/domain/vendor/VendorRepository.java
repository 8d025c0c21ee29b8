package org.aifootprint.domain.vendor;

import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.shared.EntityRepository;

public interface VendorRepository extends EntityRepository<Vendor> {

    List<Vendor> findAll();

    Optional<Vendor> findByCode(String code);

    List<ScorecardTemplate> findTemplates();

    Optional<ScorecardTemplate> findTemplate(long id);

    Optional<ScorecardTemplate> findTemplateByName(String name);

    void storeTemplate(ScorecardTemplate template);

    List<Scorecard> findScorecards();

    Optional<Scorecard> findScorecard(long id);

    void storeScorecard(Scorecard scorecard);
}
