package nl.koers.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Keeps a form's reasons on the page {@link FormFlow} shows again. A form bound to a
 * record whose value cannot be converted (a malformed date) is built without that value,
 * and the controller puts that record in the model again, which drops the binding result
 * with the field's message; this puts the reasons back, over the record the model holds.
 */
class FormErrorsKept implements HandlerInterceptor {

	/**
	 * The request attribute with the binding result of a form shown again.
	 */
	static final String ERRORS = FormErrorsKept.class.getName() + ".errors";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !(request.getAttribute(ERRORS) instanceof BindingResult errors) || !errors.hasErrors()) {
			return;
		}
		String key = BindingResult.MODEL_KEY_PREFIX + errors.getObjectName();
		if (view.getModel().get(key) instanceof BindingResult shown && shown.hasErrors()) {
			return;
		}
		Object form = view.getModel().get(errors.getObjectName());
		if (form == null) {
			return;
		}
		if (errors.getTarget() == form) {
			view.addObject(key, errors);
			return;
		}
		BindingResult kept = new BeanPropertyBindingResult(form, errors.getObjectName());
		kept.addAllErrors(errors);
		view.addObject(key, kept);
	}

}
