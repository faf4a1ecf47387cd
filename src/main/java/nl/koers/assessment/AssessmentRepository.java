package nl.koers.assessment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

}
