// Dashboard chart: members of each subordinate organization by age band; clicking a bar drills down to it.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('age-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(el.dataset.chart);
  if (data.ids.length === 0) {
    el.style.display = 'none';
    return;
  }
  var labels = el.dataset.labels.split('|');
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: {data: labels},
    grid: {left: 40, right: 20, bottom: 80},
    xAxis: {type: 'category', data: data.names, axisLabel: {rotate: data.names.length > 8 ? 40 : 0}},
    yAxis: {type: 'value'},
    series: [
      {name: labels[0], type: 'bar', stack: 'age', data: data.young},
      {name: labels[1], type: 'bar', stack: 'age', data: data.middle},
      {name: labels[2], type: 'bar', stack: 'age', data: data.old}
    ]
  });
  chart.on('click', function (params) {
    var id = data.ids[params.dataIndex];
    window.location.href = el.dataset.drill + '?organizationId=' + id + '&year=' + el.dataset.year;
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
