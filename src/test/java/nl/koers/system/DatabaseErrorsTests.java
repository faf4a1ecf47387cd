package nl.koers.system;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database error is described by its SQL state and constraint, never by the values the
 * server's detail repeats.
 */
class DatabaseErrorsTests {

	@Test
	void aDuplicateKeyIsDescribedByItsConstraintWithoutTheKey() {
		SQLException duplicate = new SQLException(
				"""
						ERROR: duplicate key value violates unique constraint "client_bsn_unique"
						  Detail: Key (municipality_id, bsn)=(0197a0c2-0000-7000-8000-000000000000, 777000118) already exists.""",
				"23505");

		String described = DatabaseErrors.describe(new DataIntegrityViolationException("insert", duplicate));

		assertThat(described).isEqualTo("SQL state 23505, constraint client_bsn_unique").doesNotContain("777000118");
	}

	@Test
	void aConstraintNamedOnlyInTheFailingRowIsNotTakenFromIt() {
		SQLException notNull = new SQLException("""
				ERROR: null value in column "family_name" of relation "client" violates not-null constraint
				  Detail: Failing row contains (123456782, Jan, constraint "Jansen").""", "23502");

		assertThat(DatabaseErrors.describe(new DataIntegrityViolationException("insert", notNull)))
			.isEqualTo("SQL state 23502");
	}

	@Test
	void anErrorWithoutSqlIsDescribedByItsClass() {
		assertThat(DatabaseErrors.describe(new IllegalStateException("Jan Jansen, 123456782")))
			.isEqualTo("IllegalStateException");
	}

}
