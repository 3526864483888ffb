// Copy buttons of the suggested report sentences. Kept out of the page because the CSP forbids inline scripts.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button.copy');
  if (!button || !navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
    var label = button.textContent;
    button.textContent = '✓';
    setTimeout(function () { button.textContent = label; }, 1500);
  });
});
