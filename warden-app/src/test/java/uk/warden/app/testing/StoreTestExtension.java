package uk.warden.app.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link StoreTest} once per {@link Engine}. The database is opened when the test asks for
 * it and closed (dropped) by JUnit when the invocation ends, whether the test passed or not.
 */
final class StoreTestExtension implements TestTemplateInvocationContextProvider {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StoreTestExtension.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context
        .getTestMethod()
        .map(m -> AnnotationSupport.isAnnotated(m, StoreTest.class))
        .orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Arrays.stream(Engine.values()).map(OnEngine::new);
  }

  private record OnEngine(Engine engine) implements TestTemplateInvocationContext {

    @Override
    public String getDisplayName(int invocationIndex) {
      return "[" + engine.label() + "]";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new DatabaseResolver(engine));
    }
  }

  private record DatabaseResolver(Engine engine) implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      // Kept in the invocation's store, which closes AutoCloseable values when the test ends.
      return context
          .getStore(NAMESPACE)
          .computeIfAbsent(TestDatabase.class, key -> Databases.open(engine), TestDatabase.class);
    }
  }
}
