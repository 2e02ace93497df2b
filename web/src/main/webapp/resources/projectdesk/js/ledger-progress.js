/*
 * While the ledger page's check or import runs (a plain form post that a large file keeps busy for minutes), asks
 * the API how far it has come every two seconds and writes it under the buttons. The API knows the signed-in user
 * by the page's session; 204 means nothing runs (yet, or any more).
 */
function projectDeskLedgerProgress(button) {
    var shown = document.getElementById('ledgerProgress');
    if (!shown || !window.fetch) {
        return true;
    }
    var url = shown.getAttribute('data-url');
    function text(template, snapshot) {
        return template.replace('{0}', snapshot.line).replace('{1}', snapshot.projects).replace('{2}', snapshot.matters);
    }
    function ask() {
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (answer) { return answer.status === 200 ? answer.json() : null; })
            .then(function (snapshot) {
                if (snapshot) {
                    shown.textContent = text(shown.getAttribute(snapshot.phase === 'IMPORTING' ? 'data-importing' : 'data-checking'),
                        snapshot);
                    shown.hidden = false;
                }
            })
            .catch(function () { /* the page is being replaced by the answer */ });
    }
    shown.textContent = shown.getAttribute('data-started');
    shown.hidden = false;
    window.setInterval(ask, 2000);
    return true;
}
