package uk.warden.app.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.register.store.RankStore;
import uk.warden.core.register.RankTable;

/**
 * Gives a new store its force's rank table from the known schemes ({@code
 * warden.force.rank-scheme}, England and Wales by default). After that the table is the force's
 * own.
 */
@Component
class RankSeeder implements ApplicationRunner {

  private final RankStore ranks;
  private final String scheme;

  RankSeeder(RankStore ranks, @Value("${warden.force.rank-scheme:england-wales}") String scheme) {
    this.ranks = ranks;
    this.scheme = scheme;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (ranks.all().isEmpty()) {
      RankTable.load(scheme).ranks().forEach(ranks::insert);
    }
  }
}
