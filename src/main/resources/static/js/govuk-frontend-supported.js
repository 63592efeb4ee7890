// Runs before the page is drawn, as the GOV.UK Frontend template's inline snippet does; a file of its own so that
// the Content-Security-Policy can forbid inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '')
