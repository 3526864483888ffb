// Dashboard charts. Data comes from the JSON endpoint named in data-source (no inline scripts: CSP).
// Clicking a bar opens that child organization's dashboard; clicking a colour opens the warning list.
(function () {
  function start() {
    var bars = document.getElementById('fulfilment-chart');
    var pie = document.getElementById('warning-chart');
    if (!bars || !window.echarts) { return; }
    fetch(bars.dataset.source, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var children = d.fulfilmentByChild;
        var barChart = echarts.init(bars);
        barChart.setOption({
          title: {text: bars.dataset.title, left: 'center', textStyle: {fontSize: 14}},
          tooltip: {trigger: 'axis'},
          grid: {left: 48, right: 16, bottom: 64, top: 40},
          xAxis: {type: 'category', data: children.map(function (c) { return c.name; }), axisLabel: {rotate: 30}},
          yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
          series: [{type: 'bar', data: children.map(function (c) {
            return c.fulfilment.rate === null ? null : Math.round(c.fulfilment.rate * 1000) / 10;
          })}]
        });
        barChart.on('click', function (p) {
          var sep = bars.dataset.drill.indexOf('?') < 0 ? '?' : '&';
          window.location = bars.dataset.drill + sep + 'organizationId=' + children[p.dataIndex].organizationId;
        });
        var labels = pie.dataset.labels.split(',');
        var keys = ['BLUE', 'YELLOW', 'RED'];
        var pieChart = echarts.init(pie);
        pieChart.setOption({
          title: {text: pie.dataset.title, left: 'center', textStyle: {fontSize: 14}},
          tooltip: {trigger: 'item'},
          color: ['#3b82f6', '#eab308', '#dc2626'],
          series: [{type: 'pie', radius: ['35%', '65%'], data: keys.map(function (k, i) {
            return {name: labels[i], value: d.warningsByColor[k] || 0, key: k};
          })}]
        });
        pieChart.on('click', function (p) {
          window.location = pie.dataset.drill + '&color=' + p.data.key;
        });
        window.addEventListener('resize', function () { barChart.resize(); pieChart.resize(); });
      });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
