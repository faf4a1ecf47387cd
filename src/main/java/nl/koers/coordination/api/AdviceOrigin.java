package nl.koers.coordination.api;

/**
 * Who asked the coordination point: a consultant (or coordinator) of the municipality, or
 * a worker of an institution with a general question.
 */
public enum AdviceOrigin {

	CONSULTANT, INSTITUTION

}
