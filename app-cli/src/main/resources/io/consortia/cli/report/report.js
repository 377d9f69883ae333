// The charts of the survey report, drawn with Apache ECharts (inlined above) from the survey's
// JSON document (the script element survey-data). Every data item carries the JSON pointer of its
// figure; after drawing, each chart records what it drew (data-drawn: [pointer, value] pairs, as
// ECharts holds them) and how many SVG elements it made (data-elements), and the page records
// script errors in #report-errors, so that a headless browser can check the page.
(function () {
  'use strict';
  var errors = document.getElementById('report-errors');
  function fail(message) {
    var li = document.createElement('li');
    li.textContent = String(message);
    errors.appendChild(li);
    errors.hidden = false;
    document.body.setAttribute('data-errors', String(errors.children.length));
  }
  window.addEventListener('error', function (e) { fail(e.message || e); });
  window.addEventListener('unhandledrejection', function (e) { fail(e.reason); });

  var doc = JSON.parse(document.getElementById('survey-data').textContent);
  var VERDICTS = ['ELIGIBLE', 'ELIGIBLE_WITH_DEVIATIONS', 'UNDETERMINED', 'INELIGIBLE'];
  var LABELS = {ELIGIBLE: 'Eligible', ELIGIBLE_WITH_DEVIATIONS: 'Eligible with deviations', UNDETERMINED: 'Undetermined', INELIGIBLE: 'Ineligible'};
  var COLORS = {ELIGIBLE: '#1b7f3b', ELIGIBLE_WITH_DEVIATIONS: '#8cbf4a', UNDETERMINED: '#e9a23b', INELIGIBLE: '#c8453b'};
  var FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
  var scenario = doc.scenario !== null;

  function pct(count) { return count.share === null ? 0 : Number((count.share * 100).toFixed(4)); }
  function fmt(v) { return (Math.round(v * 10) / 10).toFixed(1) + '%'; }
  function name(j) { return j.name.zh + ' ' + j.name.en; }
  function shortName(j) { return j.name.zh; }

  var drawn = 0;
  function draw(el, option) {
    var chart = echarts.init(el, null, {renderer: 'svg'});
    option.animation = false;
    option.textStyle = {fontFamily: FONT};
    chart.setOption(option);
    var pairs = [];
    chart.getOption().series.forEach(function (s) {
      (s.data || []).concat(s.links || []).forEach(function (d) {
        if (d && d.pointer) {
          pairs.push([d.pointer, Array.isArray(d.value) ? d.value[2] : d.value]);
        }
        ((d && d.also) || []).forEach(function (pair) { pairs.push(pair); });
      });
    });
    el.setAttribute('data-drawn', JSON.stringify(pairs));
    el.setAttribute('data-elements', String(el.querySelectorAll('svg path, svg rect, svg text').length));
    drawn++;
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function verdicts() {
    var el = document.getElementById('chart-verdicts');
    var categories = [];
    var series = VERDICTS.map(function (v) {
      return {
        name: LABELS[v], type: 'bar', stack: 'all', barMaxWidth: 26, itemStyle: {color: COLORS[v]},
        label: {show: true, color: '#fff', fontSize: 11, formatter: function (p) { return p.value >= 6 ? fmt(p.value) : ''; }},
        emphasis: {focus: 'series'}, data: []
      };
    });
    doc.jurisdictions.forEach(function (j, ji) {
      (scenario ? ['baseline', 'scenario'] : ['baseline']).forEach(function (setting) {
        categories.push(shortName(j) + (scenario ? (setting === 'baseline' ? ' · baseline' : ' · scenario') : ' ' + j.name.en));
        VERDICTS.forEach(function (v, vi) {
          series[vi].data.push({value: pct(j.verdicts[setting][v]), pointer: '/jurisdictions/' + ji + '/verdicts/' + setting + '/' + v + '/share'});
        });
      });
    });
    el.style.height = (90 + categories.length * 38) + 'px';
    draw(el, {
      legend: {top: 0, left: 0},
      grid: {left: 8, right: 24, top: 36, bottom: 24, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: fmt},
      xAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
      yAxis: {type: 'category', data: categories, inverse: true, axisTick: {show: false}},
      series: series
    });
  }

  function binding() {
    var el = document.getElementById('chart-binding');
    var rows = 0;
    var max = 0;
    var data = [];
    doc.jurisdictions.forEach(function (j, ji) {
      rows = Math.max(rows, j.rules.length);
      j.rules.forEach(function (r, ri) {
        var v = pct(r.binding);
        max = Math.max(max, v);
        data.push({value: [ji, ri, v], rule: r.id, requirement: r.requirement.en, pointer: '/jurisdictions/' + ji + '/rules/' + ri + '/binding/share'});
      });
    });
    var ys = [];
    for (var i = 0; i < rows; i++) { ys.push('rule ' + (i + 1)); }
    el.style.height = (120 + rows * 30) + 'px';
    draw(el, {
      grid: {left: 8, right: 16, top: 40, bottom: 60, containLabel: true},
      tooltip: {formatter: function (p) {
        return p.data.rule + ' — ' + p.data.requirement + '<br>the binding constraint for <b>' + fmt(p.value[2]) + '</b> of the profiles';
      }},
      xAxis: {type: 'category', position: 'top', data: doc.jurisdictions.map(function (j) { return j.name.zh + '\n' + j.name.en; }),
        axisLabel: {interval: 0, lineHeight: 14, width: 150, overflow: 'truncate'}, splitArea: {show: true}, axisTick: {show: false}},
      yAxis: {type: 'category', data: ys, inverse: true, splitArea: {show: true}, axisTick: {show: false}},
      visualMap: {min: 0, max: Math.max(max, 0.1), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        text: ['more often binding', 'never'], formatter: function (v) { return fmt(v); },
        inRange: {color: ['#f4f7fb', '#9ecae1', '#3182bd', '#08306b']}},
      series: [{type: 'heatmap', data: data, itemStyle: {borderColor: '#fff', borderWidth: 2},
        label: {show: true, fontSize: 11, formatter: function (p) {
          return p.data.rule.replace(/^[a-z]+\./, '') + (p.value[2] > 0 ? '  ' + fmt(p.value[2]) : '');
        }}}]
    });
  }

  // One 4 × 4 matrix per jurisdiction: rows the baseline verdict, columns the scenario's. Profiles
  // that keep their verdict (the diagonal) are grey; those that change take the colour of the
  // verdict they change to, stronger the more of them there are.
  function transitions() {
    var SHORT = {ELIGIBLE: 'Eligible', ELIGIBLE_WITH_DEVIATIONS: 'With\ndeviations', UNDETERMINED: 'Undeter-\nmined', INELIGIBLE: 'Ineligible'};
    doc.jurisdictions.forEach(function (j, ji) {
      var el = document.getElementById('chart-transitions-' + ji);
      var moved = 0;
      j.transitions.forEach(function (t) { if (t.from !== t.to) { moved = Math.max(moved, t.count); } });
      var data = j.transitions.map(function (t, k) {
        var same = t.from === t.to;
        var strength = same || moved === 0 ? 0 : 0.25 + 0.75 * t.count / moved;
        return {
          value: [VERDICTS.indexOf(t.to), VERDICTS.indexOf(t.from), t.count], share: t.share, from: t.from, to: t.to,
          pointer: '/jurisdictions/' + ji + '/transitions/' + k + '/count',
          itemStyle: {color: same ? '#e8ecf1' : (t.count === 0 ? '#fafbfc' : COLORS[t.to]), opacity: same || t.count === 0 ? 1 : strength},
          label: {color: !same && t.count > 0 && strength >= 0.8 ? '#fff' : '#1d2430'}
        };
      });
      draw(el, {
        grid: {left: 8, right: 8, top: 30, bottom: 4, containLabel: true},
        tooltip: {formatter: function (p) {
          return LABELS[p.data.from] + ' → ' + LABELS[p.data.to] + ': <b>' + p.data.value[2].toLocaleString('en') + '</b> profiles ('
              + fmt(p.data.share * 100) + ')';
        }},
        xAxis: {type: 'category', position: 'top', data: VERDICTS.map(function (v) { return SHORT[v]; }),
          axisLabel: {fontSize: 10, interval: 0, lineHeight: 12}, axisTick: {show: false}, axisLine: {show: false}},
        yAxis: {type: 'category', data: VERDICTS.map(function (v) { return SHORT[v]; }), inverse: true,
          axisLabel: {fontSize: 10, lineHeight: 12}, axisTick: {show: false}, axisLine: {show: false}},
        series: [{type: 'heatmap', data: data, itemStyle: {borderColor: '#fff', borderWidth: 2},
          label: {show: true, fontSize: 11, formatter: function (p) { return p.value[2].toLocaleString('en'); }}}]
      });
    });
  }

  function readings() {
    var el = document.getElementById('chart-readings');
    var categories = [];
    var series = VERDICTS.map(function (v) {
      return {name: 'then ' + LABELS[v], type: 'bar', stack: 'all', barMaxWidth: 20, itemStyle: {color: COLORS[v]}, data: []};
    });
    doc.jurisdictions.forEach(function (j, ji) {
      j.readings.forEach(function (r, ri) {
        categories.push(shortName(j) + ' · ' + r.id + ' → ' + r.option);
        VERDICTS.forEach(function (v, vi) {
          var item = {value: pct(r.to[v]), pointer: '/jurisdictions/' + ji + '/readings/' + ri + '/to/' + v + '/share'};
          if (vi === VERDICTS.length - 1) {
            item.flips = pct(r.flips);
            item.also = [['/jurisdictions/' + ji + '/readings/' + ri + '/flips/share', item.flips]];
          }
          series[vi].data.push(item);
        });
      });
    });
    series[series.length - 1].label = {show: true, position: 'right', fontSize: 11, color: '#1d2430',
      formatter: function (p) { return fmt(p.data.flips); }};
    el.style.height = (90 + categories.length * 30) + 'px';
    draw(el, {
      legend: {top: 0, left: 0},
      grid: {left: 8, right: 60, top: 36, bottom: 24, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: fmt},
      xAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
      yAxis: {type: 'category', data: categories, inverse: true, axisTick: {show: false}},
      series: series
    });
  }

  try {
    verdicts();
    binding();
    if (scenario) {
      transitions();
    }
    if (doc.sensitivity) {
      readings();
    }
  } catch (e) {
    fail(e && e.stack ? e.stack : e);
  }
  document.body.setAttribute('data-charts', String(drawn));
})();
