/*
 * The service file's Gantt chart speaks the page's language.
 *
 * PrimeFaces' timeline.js (vis-timeline) bundles moment.js with the locales de, es, fr, it, ja, nl,
 * pl, ru and uk, but not Chinese: each bundled locale becomes moment's global one as it is defined
 * (uk last), and vis then sets the global locale from the *browser's* languages, not the page's. A
 * Chinese browser asking for zh-CN got Ukrainian month names ("груд", "січ"). This file is loaded
 * after timeline.js (file.xhtml places it after the p:timeline): it defines zh-cn on the moment vis
 * formats its axis with and chooses the page's own language (the lang of <html>: zh-CN or en), before
 * the chart is drawn, whatever languages the browser asks for. A file of its own, so the content security policy's script-src 'self' allows it.
 *
 * The zh-cn data follow moment.js's own locale/zh-cn.js (MIT licence, moment.js contributors).
 */
(function () {
    'use strict';
    var moment = (window.vis && window.vis.moment) || window.moment;
    if (!moment) {
        return;
    }
    var global = moment.locale();
    // Not moment.locales(): when the browser asks for zh-CN, vis's start has already tried to load zh-cn and
    // listed it as missing (null), so it is named there without being defined. Choosing it tells the truth.
    if (moment.locale('zh-cn') !== 'zh-cn') {
        moment.defineLocale('zh-cn', {
            months: '一月_二月_三月_四月_五月_六月_七月_八月_九月_十月_十一月_十二月'.split('_'),
            monthsShort: '1月_2月_3月_4月_5月_6月_7月_8月_9月_10月_11月_12月'.split('_'),
            weekdays: '星期日_星期一_星期二_星期三_星期四_星期五_星期六'.split('_'),
            weekdaysShort: '周日_周一_周二_周三_周四_周五_周六'.split('_'),
            weekdaysMin: '日_一_二_三_四_五_六'.split('_'),
            longDateFormat: {
                LT: 'HH:mm',
                LTS: 'HH:mm:ss',
                L: 'YYYY/MM/DD',
                LL: 'YYYY年M月D日',
                LLL: 'YYYY年M月D日Ah点mm分',
                LLLL: 'YYYY年M月D日ddddAh点mm分',
                l: 'YYYY/M/D',
                ll: 'YYYY年M月D日',
                lll: 'YYYY年M月D日 HH:mm',
                llll: 'YYYY年M月D日dddd HH:mm'
            },
            meridiemParse: /凌晨|早上|上午|中午|下午|晚上/,
            meridiem: function (hour, minute) {
                var hm = hour * 100 + minute;
                return hm < 600 ? '凌晨' : hm < 900 ? '早上' : hm < 1130 ? '上午' : hm < 1230 ? '中午' : hm < 1800 ? '下午' : '晚上';
            },
            dayOfMonthOrdinalParse: /\d{1,2}(日|月|周)/,
            ordinal: function (number, period) {
                return period === 'M' ? number + '月' : period === 'w' || period === 'W' ? number + '周' : number + '日';
            },
            relativeTime: {
                future: '%s后', past: '%s前', s: '几秒', ss: '%d 秒', m: '1 分钟', mm: '%d 分钟', h: '1 小时',
                hh: '%d 小时', d: '1 天', dd: '%d 天', w: '1 周', ww: '%d 周', M: '1 个月', MM: '%d 个月',
                y: '1 年', yy: '%d 年'
            },
            week: {dow: 1, doy: 4}
        });
    }
    var lang = (document.documentElement.getAttribute('lang') || '').toLowerCase();
    moment.locale(lang.indexOf('zh') === 0 ? 'zh-cn' : lang.indexOf('en') === 0 ? 'en' : global);
}());
