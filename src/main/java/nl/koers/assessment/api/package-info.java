/**
 * The door of {@code assessment}: {@link nl.koers.assessment.api.Assessments} with the
 * command {@code NewAssessment} and the {@code AssessmentView} it returns.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.assessment.api;
