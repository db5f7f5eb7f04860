package uk.warden.app.register.store;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.core.register.Rank;

/** The force's own rank table: seeded from a known scheme on first start, then the force's. */
@Repository
public class RankStore {

  private final JdbcClient jdbc;

  public RankStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Rank> all() {
    return jdbc.sql("SELECT code, title, ordinal FROM force_rank ORDER BY ordinal")
        .query((rs, n) -> new Rank(rs.getString(1), rs.getString(2), rs.getInt(3)))
        .list();
  }

  public void insert(Rank rank) {
    jdbc.sql("INSERT INTO force_rank (code, title, ordinal) VALUES (:code, :title, :ordinal)")
        .param("code", rank.code())
        .param("title", rank.title())
        .param("ordinal", rank.ordinal())
        .update();
  }
}
