// Big screen: draws the released results as bars (grade counts stacked per reporter) once the chart element
// appears, and again after each htmx refresh. Data comes from the element's data-src (CSP forbids inline data).
(function () {
  function draw() {
    var el = document.getElementById('screen-chart');
    if (!el || !window.echarts || el.dataset.drawn) {
      return;
    }
    el.dataset.drawn = '1';
    fetch(el.dataset.src, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (rows) {
      var chart = echarts.init(el);
      var names = rows.map(function (r) { return r.name; });
      function series(label, key, color) {
        return {name: label, type: 'bar', stack: 'votes', itemStyle: {color: color}, data: rows.map(function (r) { return r[key]; })};
      }
      chart.setOption({
        tooltip: {trigger: 'axis'},
        legend: {data: ['好', '较好', '一般', '差']},
        xAxis: {type: 'category', data: names},
        yAxis: {type: 'value'},
        series: [series('好', 'good', '#c0392b'), series('较好', 'fairlyGood', '#e67e22'),
                 series('一般', 'average', '#95a5a6'), series('差', 'poor', '#34495e')]
      });
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSwap', draw);
})();
