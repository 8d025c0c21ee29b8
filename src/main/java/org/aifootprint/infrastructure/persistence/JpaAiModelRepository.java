package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.AiModelRepository;

@ApplicationScoped
public class JpaAiModelRepository extends JpaEntityRepository<AiModel> implements AiModelRepository {

    public JpaAiModelRepository() {
        super(AiModel.class, Set.of("name", "version", "ownerTeam", "purpose", "parameterCount", "status"));
    }

    @Override
    public List<AiModel> findAll() {
        return em.createNamedQuery("AiModel.findAll", AiModel.class).getResultList();
    }

    @Override
    public Optional<AiModel> findByNameAndVersion(String name, String version) {
        return em.createQuery("select m from AiModel m where m.name = :name and m.version = :version", AiModel.class)
                .setParameter("name", name).setParameter("version", version).getResultStream().findFirst();
    }

    @Override
    public Optional<AiModel> findByName(String name) {
        List<AiModel> found = em.createNamedQuery("AiModel.findByName", AiModel.class).setParameter("name", name).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    @Override
    public boolean hasUsage(AiModel model) {
        return em.createQuery("select count(u) from ComputeUsage u where u.model = :m", Long.class).setParameter("m", model).getSingleResult() > 0;
    }
}
