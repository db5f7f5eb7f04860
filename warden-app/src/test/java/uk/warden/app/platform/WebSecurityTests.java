package uk.warden.app.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;

/** The web app's sign-in, CSRF protection and the OpenAPI document. */
class WebSecurityTests extends ApiTestSupport {

  private static final String PASSWORD = "a long enough password";

  @Test
  void theSignInPageIsPublicAndCarriesACsrfToken() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("name=\"username\"")))
        .andExpect(content().string(containsString("name=\"password\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
  }

  @Test
  void theSignInPagesStylesheetIsPublic() throws Exception {
    mvc.perform(get("/css/warden.css")).andExpect(status().isOk());
  }

  @Test
  void theSignInPagesScriptIsPublic() throws Exception {
    // layout.html, which the sign-in page uses, loads /js/warden.js before anyone has signed in.
    mvc.perform(get("/js/warden.js")).andExpect(status().isOk());
  }

  @Test
  void pagesSendASignedOutVisitorToSignIn() throws Exception {
    mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/people"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void signsInWithAPasswordAndACsrfToken() throws Exception {
    String name = unique("web");
    accounts.createUser(name, Role.ANALYST, PASSWORD);

    mvc.perform(post("/login").with(csrf()).param("username", name).param("password", PASSWORD))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/"));
    mvc.perform(
            post("/login")
                .with(csrf())
                .param("username", name)
                .param("password", "wrong password!"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void refusesAFormPostWithoutACsrfToken() throws Exception {
    String name = unique("web");
    accounts.createUser(name, Role.ADMIN, PASSWORD);

    mvc.perform(post("/login").param("username", name).param("password", PASSWORD))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout").with(user(name).roles("ADMIN"))).andExpect(status().isForbidden());
    mvc.perform(post("/parties").with(user(name).roles("ADMIN")).param("code", unique("p")))
        .andExpect(status().isForbidden());
  }

  @Test
  void readersMayNotPostRegisterForms() throws Exception {
    mvc.perform(
            post("/parties")
                .with(user("reader").roles("ANALYST"))
                .with(csrf())
                .param("code", unique("p")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theOpenApiDocumentIsForSignedInUsers() throws Exception {
    mvc.perform(get("/v3/api-docs").with(user("reader").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.openapi").exists())
        .andExpect(jsonPath("$.paths['/api/v1/parties']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/people']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/systems/{code}']").exists());
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }
}
