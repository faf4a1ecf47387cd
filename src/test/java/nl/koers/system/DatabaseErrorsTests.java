package nl.koers.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

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

	@Test
	void aCheckViolationIsDescribedByItsConstraintWithoutTheRow() {
		SQLException check = new SQLException("""
				ERROR: new row for relation "client" violates check constraint "client_without_benefit_check"
				  Detail: Failing row contains (123456782, Jan, Jansen, Dorpsstraat).""", "23514");

		assertThat(DatabaseErrors.describe(new DataIntegrityViolationException("update", check)))
			.isEqualTo("SQL state 23514, constraint client_without_benefit_check");
	}

	@Test
	void theDatabaseOutOfReachIsToldFromOtherErrors() {
		assertThat(DatabaseErrors.unavailable(new CannotGetJdbcConnectionException("pool",
				new SQLTransientConnectionException("Connection is not available, request timed out"))))
			.isTrue();
		assertThat(DatabaseErrors.unavailable(new TransactionSystemException("commit",
				new RuntimeException(new SQLException("An I/O error occurred while sending to the backend", "08006")))))
			.isTrue();
		assertThat(DatabaseErrors.unavailable(
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseErrors.unavailable(new DataIntegrityViolationException("insert",
				new SQLException("duplicate key value violates unique constraint \"client_bsn_unique\"", "23505"))))
			.isFalse();
		assertThat(DatabaseErrors.unavailable(new IllegalStateException("no database here"))).isFalse();
		assertThat(DatabaseErrors.describe(new SQLTransientConnectionException("refused")))
			.isEqualTo("SQLTransientConnectionException");
	}

}
