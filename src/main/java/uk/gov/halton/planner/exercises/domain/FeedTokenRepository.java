package uk.gov.halton.planner.exercises.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface FeedTokenRepository extends JpaRepository<FeedToken, String> {
    Optional<FeedToken> findByTokenHash(String tokenHash);
}
