// The council report's print button: prints the page (the print style sheet leaves out navigation and controls).
document.querySelectorAll('[data-print]').forEach(function (button) {
	button.addEventListener('click', function () {
		window.print();
	});
});
