// Sends the CSRF token with every htmx request; the token comes from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header) {
		event.detail.headers[header.content] = token.content;
	}
});

// Sends the one-time token of the form an htmx post belongs to (the hidden _formToken field that
// every posting form gets), also when hx-params leaves the form's fields out: the server runs a
// post with a token once, and answers a repeat of it with the first one's redirect.
document.addEventListener('htmx:configRequest', function (event) {
	if (event.detail.verb === 'get') {
		return;
	}
	var source = event.detail.elt;
	var form = source && (source.form || source.closest('form'));
	var field = form && form.querySelector('input[type="hidden"][name="_formToken"]');
	if (field) {
		event.detail.headers['X-Form-Token'] = field.value;
	}
});

// Fills the fields of the surrounding form from an htmx answer (such as the BRP look-up on the
// registration form): each element with data-fill-field names a field and carries its value in
// data-fill-value.
document.addEventListener('htmx:load', function (event) {
	event.detail.elt.querySelectorAll('[data-fill-field]').forEach(function (source) {
		var form = source.closest('form');
		var field = form && form.elements.namedItem(source.dataset.fillField);
		if (field) {
			field.value = source.dataset.fillValue;
		}
	});
});

// Asks before an irreversible step: a form with data-confirm submits only when the user agrees
// to its text.
document.addEventListener('submit', function (event) {
	var question = event.target.dataset && event.target.dataset.confirm;
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
});

// The main menu's groups (details/summary, usable without this script): one open at a time; Escape
// or a click elsewhere closes an open group, Escape returns the focus to its name.
document.addEventListener('toggle', function (event) {
	var group = event.target;
	if (group.matches && group.matches('details.nav-group') && group.open) {
		document.querySelectorAll('details.nav-group[open]').forEach(function (other) {
			if (other !== group) {
				other.open = false;
			}
		});
	}
}, true);
document.addEventListener('keydown', function (event) {
	if (event.key !== 'Escape') {
		return;
	}
	var group = document.activeElement && document.activeElement.closest('details.nav-group[open]');
	if (group) {
		group.open = false;
		group.querySelector('summary').focus();
	}
});
document.addEventListener('click', function (event) {
	document.querySelectorAll('details.nav-group[open]').forEach(function (group) {
		if (!group.contains(event.target)) {
			group.open = false;
		}
	});
});

// A table wider than the window scrolls in its .table-wrap: such a region can be scrolled with the
// keyboard once it takes the focus (WCAG 2.1.1), and is named after the table's caption.
function koersScrollableTables(root) {
	root.querySelectorAll('.table-wrap').forEach(function (wrap) {
		if (wrap.scrollWidth > wrap.clientWidth && !wrap.hasAttribute('tabindex')) {
			wrap.tabIndex = 0;
			wrap.dataset.scrolls = '';
			var caption = wrap.querySelector('caption');
			if (caption) {
				wrap.setAttribute('role', 'region');
				wrap.setAttribute('aria-label', caption.textContent.trim());
			}
		}
		else if (wrap.scrollWidth <= wrap.clientWidth && wrap.hasAttribute('data-scrolls')) {
			['tabindex', 'role', 'aria-label', 'data-scrolls'].forEach(function (name) {
				wrap.removeAttribute(name);
			});
		}
	});
}
document.addEventListener('DOMContentLoaded', function () {
	koersScrollableTables(document);
});
document.addEventListener('htmx:load', function (event) {
	koersScrollableTables(event.detail.elt.parentNode || document);
});
window.addEventListener('resize', function () {
	koersScrollableTables(document);
});
