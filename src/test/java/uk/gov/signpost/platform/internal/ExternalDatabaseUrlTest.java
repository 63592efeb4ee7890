package uk.gov.signpost.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExternalDatabaseUrlTest {

    @Test
    void keeps_a_jdbc_url_as_it_is() {
        ExternalDatabaseUrl url = ExternalDatabaseUrl.parse("jdbc:postgresql://db:5432/signpost?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/signpost?sslmode=require");
        assertThat(url.user()).isNull();
    }

    @Test
    void turns_a_libpq_url_into_jdbc_with_its_credentials() {
        ExternalDatabaseUrl url = ExternalDatabaseUrl.parse("postgres://sign%40post:p%3Ass@db.internal:6543/signpost?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/signpost?sslmode=require");
        assertThat(url.user()).isEqualTo("sign@post");
        assertThat(url.password()).isEqualTo("p:ss");
    }

    @Test
    void accepts_a_postgresql_scheme_without_a_port() {
        assertThat(ExternalDatabaseUrl.parse("postgresql://db/signpost").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db/signpost");
    }

    @Test
    void rejects_other_databases() {
        assertThatThrownBy(() -> ExternalDatabaseUrl.parse("mysql://db/signpost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATABASE_URL");
    }
}
