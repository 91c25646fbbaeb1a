package io.skillspassport.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders every Faces form as the implementation does, plus the session's {@link AntiCsrfToken} as
 * a hidden field just before the form closes. One place for every {@code h:form} of every page
 * (ajax re-renders of a form included), so no page can forget it.
 *
 * <p>Installed by {@link Factory}, a {@link RenderKitFactory} decorator (see {@code
 * faces-config.xml}): it hands out each render kit wrapped so that the renderer of the form family
 * comes back wrapped. Wrapping rather than registering a renderer class keeps Mojarra's own form
 * renderer (view state, the form's hidden marker field) doing the rest.
 */
public final class TokenFormRenderer extends RendererWrapper {

  TokenFormRenderer(Renderer wrapped) {
    super(wrapped);
  }

  @Override
  public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
    if (component.isRendered()) {
      HttpSession session = (HttpSession) context.getExternalContext().getSession(true);
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", null);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", AntiCsrfToken.FIELD, null);
      writer.writeAttribute("value", AntiCsrfToken.of(session), null);
      writer.writeAttribute("autocomplete", "off", null);
      writer.endElement("input");
    }
    super.encodeEnd(context, component);
  }

  /** Wraps every render kit so that its form renderer adds the token. */
  public static final class Factory extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> wrappedKits = new ConcurrentHashMap<>();

    public Factory(RenderKitFactory wrapped) {
      super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
      getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
      RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
      // The contract of RenderKitFactory: null for an unknown id.
      return kit == null ? null : wrappedKits.computeIfAbsent(kit, TokenRenderKit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
      return getWrapped().getRenderKitIds();
    }
  }

  /** A render kit whose form renderer is wrapped in {@link TokenFormRenderer}. */
  static final class TokenRenderKit extends RenderKitWrapper {

    private final Map<Renderer, Renderer> wrappedRenderers = new ConcurrentHashMap<>();

    TokenRenderKit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public Renderer getRenderer(String family, String rendererType) {
      Renderer renderer = getWrapped().getRenderer(family, rendererType);
      if (renderer == null || !UIForm.COMPONENT_FAMILY.equals(family)) {
        return renderer;
      }
      return wrappedRenderers.computeIfAbsent(renderer, TokenFormRenderer::new);
    }
  }
}
