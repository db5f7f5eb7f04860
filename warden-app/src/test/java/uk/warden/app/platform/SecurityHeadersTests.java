package uk.warden.app.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;

/**
 * Both filter chains send the protective headers; HSTS only on a request that came over TLS
 * (telling a browser to insist on HTTPS from a plain-HTTP answer means nothing, and is ignored).
 */
class SecurityHeadersTests extends ApiTestSupport {

  @Test
  void pagesSendAStrictPolicyAndNoHstsOverPlainHttp() throws Exception {
    protective(mvc.perform(get("/login")).andExpect(status().isOk()))
        .andExpect(header().string("Content-Security-Policy", SecurityConfig.WEB_CSP))
        .andExpect(header().string("Referrer-Policy", "same-origin"))
        .andExpect(header().doesNotExist("Strict-Transport-Security"));
  }

  @Test
  void pagesSendHstsOverTls() throws Exception {
    protective(mvc.perform(get("/login").secure(true)).andExpect(status().isOk()))
        .andExpect(header().string("Content-Security-Policy", SecurityConfig.WEB_CSP))
        .andExpect(
            header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
  }

  @Test
  void theApiSendsAPolicyThatAllowsNothingAndNoHstsOverPlainHttp() throws Exception {
    String token = tokenFor(Role.AUDITOR);

    for (ResultActions answer :
        new ResultActions[] {
          mvc.perform(get("/api/v1/ranks").with(bearer(token))).andExpect(status().isOk()),
          mvc.perform(get("/api/v1/ranks")).andExpect(status().isUnauthorized())
        }) {
      protective(answer)
          .andExpect(
              header()
                  .string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
          .andExpect(header().string("Referrer-Policy", "no-referrer"))
          .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
  }

  @Test
  void theApiSendsHstsOverTls() throws Exception {
    protective(
            mvc.perform(get("/api/v1/ranks").secure(true).with(bearer(tokenFor(Role.AUDITOR))))
                .andExpect(status().isOk()))
        .andExpect(
            header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
        .andExpect(
            header()
                .string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"));
  }

  private static ResultActions protective(ResultActions answer) throws Exception {
    return answer
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
  }
}
