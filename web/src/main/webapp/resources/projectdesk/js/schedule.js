/* The office's week starts on Monday (GB/T 7408), whichever language the page is in; PrimeFaces' Chinese locale starts it on Sunday. */
function projectDeskWeekFromMonday() {
    this.cfg.options.firstDay = 1;
}
