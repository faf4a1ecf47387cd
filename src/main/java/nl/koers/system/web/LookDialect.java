package nl.koers.system.web;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * The NL Design System's look on every page: the {@code <html>} element of each template
 * gets the classes under which the Utrecht components style plain HTML
 * ({@code utrecht-html}), the example theme sets its design tokens
 * ({@code voorbeeld-theme}) and koers.css sets Koers's own colours and font on top
 * ({@code koers-theme}). Server-side, so that no template repeats them and no script is
 * needed.
 */
@Component
class LookDialect extends AbstractProcessorDialect {

	static final String CLASSES = "utrecht-html voorbeeld-theme koers-theme";

	LookDialect() {
		super("Koers look", "koers-look", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new ThemeClasses(dialectPrefix));
	}

	private static final class ThemeClasses extends AbstractElementTagProcessor {

		ThemeClasses(String dialectPrefix) {
			super(TemplateMode.HTML, dialectPrefix, "html", false, null, false, 1000);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
				IElementTagStructureHandler structureHandler) {
			String present = tag.getAttributeValue("class");
			structureHandler.setAttribute("class",
					(present == null || present.isBlank()) ? CLASSES : present + " " + CLASSES);
		}

	}

}
