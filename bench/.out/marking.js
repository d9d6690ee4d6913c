var __cgBenchModule = (function(exports) {
	Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
	// \0rolldown/runtime.js
	var __create = Object.create;
	var __defProp = Object.defineProperty;
	var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
	var __getOwnPropNames = Object.getOwnPropertyNames;
	var __getProtoOf = Object.getPrototypeOf;
	var __hasOwnProp = Object.prototype.hasOwnProperty;
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	var __copyProps = (to, from, except, desc) => {
		if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
			key = keys[i];
			if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
				get: ((k) => from[k]).bind(null, key),
				enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
			});
		}
		return to;
	};
	var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
		value: mod,
		enumerable: true
	}) : target, mod));
	/*!***************************************************
	* mark.js v8.11.1
	* https://markjs.io/
	* Copyright (c) 2014–2018, Julian Kühnel
	* Released under the MIT license https://git.io/vwTVl
	*****************************************************/
	// src/vietnamese/normalize.ts
	var import_mark = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
		(function(global, factory) {
			typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global.Mark = factory();
		})(this$1, (function() {
			"use strict";
			var _typeof = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? function(obj) {
				return typeof obj;
			} : function(obj) {
				return obj && typeof Symbol === "function" && obj.constructor === Symbol && obj !== Symbol.prototype ? "symbol" : typeof obj;
			};
			var classCallCheck = function(instance, Constructor) {
				if (!(instance instanceof Constructor)) throw new TypeError("Cannot call a class as a function");
			};
			var createClass = function() {
				function defineProperties(target, props) {
					for (var i = 0; i < props.length; i++) {
						var descriptor = props[i];
						descriptor.enumerable = descriptor.enumerable || false;
						descriptor.configurable = true;
						if ("value" in descriptor) descriptor.writable = true;
						Object.defineProperty(target, descriptor.key, descriptor);
					}
				}
				return function(Constructor, protoProps, staticProps) {
					if (protoProps) defineProperties(Constructor.prototype, protoProps);
					if (staticProps) defineProperties(Constructor, staticProps);
					return Constructor;
				};
			}();
			var _extends = Object.assign || function(target) {
				for (var i = 1; i < arguments.length; i++) {
					var source = arguments[i];
					for (var key in source) if (Object.prototype.hasOwnProperty.call(source, key)) target[key] = source[key];
				}
				return target;
			};
			var DOMIterator = function() {
				function DOMIterator(ctx) {
					var iframes = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : true;
					var exclude = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : [];
					var iframesTimeout = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : 5e3;
					classCallCheck(this, DOMIterator);
					this.ctx = ctx;
					this.iframes = iframes;
					this.exclude = exclude;
					this.iframesTimeout = iframesTimeout;
				}
				createClass(DOMIterator, [
					{
						key: "getContexts",
						value: function getContexts() {
							var ctx = void 0, filteredCtx = [];
							if (typeof this.ctx === "undefined" || !this.ctx) ctx = [];
							else if (NodeList.prototype.isPrototypeOf(this.ctx)) ctx = Array.prototype.slice.call(this.ctx);
							else if (Array.isArray(this.ctx)) ctx = this.ctx;
							else if (typeof this.ctx === "string") ctx = Array.prototype.slice.call(document.querySelectorAll(this.ctx));
							else ctx = [this.ctx];
							ctx.forEach(function(ctx) {
								var isDescendant = filteredCtx.filter(function(contexts) {
									return contexts.contains(ctx);
								}).length > 0;
								if (filteredCtx.indexOf(ctx) === -1 && !isDescendant) filteredCtx.push(ctx);
							});
							return filteredCtx;
						}
					},
					{
						key: "getIframeContents",
						value: function getIframeContents(ifr, successFn) {
							var errorFn = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : function() {};
							var doc = void 0;
							try {
								var ifrWin = ifr.contentWindow;
								doc = ifrWin.document;
								if (!ifrWin || !doc) throw new Error("iframe inaccessible");
							} catch (e) {
								errorFn();
							}
							if (doc) successFn(doc);
						}
					},
					{
						key: "isIframeBlank",
						value: function isIframeBlank(ifr) {
							var bl = "about:blank", src = ifr.getAttribute("src").trim();
							return ifr.contentWindow.location.href === bl && src !== bl && src;
						}
					},
					{
						key: "observeIframeLoad",
						value: function observeIframeLoad(ifr, successFn, errorFn) {
							var _this = this;
							var called = false, tout = null;
							var listener = function listener() {
								if (called) return;
								called = true;
								clearTimeout(tout);
								try {
									if (!_this.isIframeBlank(ifr)) {
										ifr.removeEventListener("load", listener);
										_this.getIframeContents(ifr, successFn, errorFn);
									}
								} catch (e) {
									errorFn();
								}
							};
							ifr.addEventListener("load", listener);
							tout = setTimeout(listener, this.iframesTimeout);
						}
					},
					{
						key: "onIframeReady",
						value: function onIframeReady(ifr, successFn, errorFn) {
							try {
								if (ifr.contentWindow.document.readyState === "complete") {
									if (this.isIframeBlank(ifr)) this.observeIframeLoad(ifr, successFn, errorFn);
									else this.getIframeContents(ifr, successFn, errorFn);
								} else this.observeIframeLoad(ifr, successFn, errorFn);
							} catch (e) {
								errorFn();
							}
						}
					},
					{
						key: "waitForIframes",
						value: function waitForIframes(ctx, done) {
							var _this2 = this;
							var eachCalled = 0;
							this.forEachIframe(ctx, function() {
								return true;
							}, function(ifr) {
								eachCalled++;
								_this2.waitForIframes(ifr.querySelector("html"), function() {
									if (!--eachCalled) done();
								});
							}, function(handled) {
								if (!handled) done();
							});
						}
					},
					{
						key: "forEachIframe",
						value: function forEachIframe(ctx, filter, each) {
							var _this3 = this;
							var end = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : function() {};
							var ifr = ctx.querySelectorAll("iframe"), open = ifr.length, handled = 0;
							ifr = Array.prototype.slice.call(ifr);
							var checkEnd = function checkEnd() {
								if (--open <= 0) end(handled);
							};
							if (!open) checkEnd();
							ifr.forEach(function(ifr) {
								if (DOMIterator.matches(ifr, _this3.exclude)) checkEnd();
								else _this3.onIframeReady(ifr, function(con) {
									if (filter(ifr)) {
										handled++;
										each(con);
									}
									checkEnd();
								}, checkEnd);
							});
						}
					},
					{
						key: "createIterator",
						value: function createIterator(ctx, whatToShow, filter) {
							return document.createNodeIterator(ctx, whatToShow, filter, false);
						}
					},
					{
						key: "createInstanceOnIframe",
						value: function createInstanceOnIframe(contents) {
							return new DOMIterator(contents.querySelector("html"), this.iframes);
						}
					},
					{
						key: "compareNodeIframe",
						value: function compareNodeIframe(node, prevNode, ifr) {
							if (node.compareDocumentPosition(ifr) & Node.DOCUMENT_POSITION_PRECEDING) {
								if (prevNode !== null) {
									if (prevNode.compareDocumentPosition(ifr) & Node.DOCUMENT_POSITION_FOLLOWING) return true;
								} else return true;
							}
							return false;
						}
					},
					{
						key: "getIteratorNode",
						value: function getIteratorNode(itr) {
							var prevNode = itr.previousNode();
							var node = void 0;
							if (prevNode === null) node = itr.nextNode();
							else node = itr.nextNode() && itr.nextNode();
							return {
								prevNode,
								node
							};
						}
					},
					{
						key: "checkIframeFilter",
						value: function checkIframeFilter(node, prevNode, currIfr, ifr) {
							var key = false, handled = false;
							ifr.forEach(function(ifrDict, i) {
								if (ifrDict.val === currIfr) {
									key = i;
									handled = ifrDict.handled;
								}
							});
							if (this.compareNodeIframe(node, prevNode, currIfr)) {
								if (key === false && !handled) ifr.push({
									val: currIfr,
									handled: true
								});
								else if (key !== false && !handled) ifr[key].handled = true;
								return true;
							}
							if (key === false) ifr.push({
								val: currIfr,
								handled: false
							});
							return false;
						}
					},
					{
						key: "handleOpenIframes",
						value: function handleOpenIframes(ifr, whatToShow, eCb, fCb) {
							var _this4 = this;
							ifr.forEach(function(ifrDict) {
								if (!ifrDict.handled) _this4.getIframeContents(ifrDict.val, function(con) {
									_this4.createInstanceOnIframe(con).forEachNode(whatToShow, eCb, fCb);
								});
							});
						}
					},
					{
						key: "iterateThroughNodes",
						value: function iterateThroughNodes(whatToShow, ctx, eachCb, filterCb, doneCb) {
							var _this5 = this;
							var itr = this.createIterator(ctx, whatToShow, filterCb);
							var ifr = [], elements = [], node = void 0, prevNode = void 0, retrieveNodes = function retrieveNodes() {
								var _getIteratorNode = _this5.getIteratorNode(itr);
								prevNode = _getIteratorNode.prevNode;
								node = _getIteratorNode.node;
								return node;
							};
							while (retrieveNodes()) {
								if (this.iframes) this.forEachIframe(ctx, function(currIfr) {
									return _this5.checkIframeFilter(node, prevNode, currIfr, ifr);
								}, function(con) {
									_this5.createInstanceOnIframe(con).forEachNode(whatToShow, function(ifrNode) {
										return elements.push(ifrNode);
									}, filterCb);
								});
								elements.push(node);
							}
							elements.forEach(function(node) {
								eachCb(node);
							});
							if (this.iframes) this.handleOpenIframes(ifr, whatToShow, eachCb, filterCb);
							doneCb();
						}
					},
					{
						key: "forEachNode",
						value: function forEachNode(whatToShow, each, filter) {
							var _this6 = this;
							var done = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : function() {};
							var contexts = this.getContexts();
							var open = contexts.length;
							if (!open) done();
							contexts.forEach(function(ctx) {
								var ready = function ready() {
									_this6.iterateThroughNodes(whatToShow, ctx, each, filter, function() {
										if (--open <= 0) done();
									});
								};
								if (_this6.iframes) _this6.waitForIframes(ctx, ready);
								else ready();
							});
						}
					}
				], [{
					key: "matches",
					value: function matches(element, selector) {
						var selectors = typeof selector === "string" ? [selector] : selector, fn = element.matches || element.matchesSelector || element.msMatchesSelector || element.mozMatchesSelector || element.oMatchesSelector || element.webkitMatchesSelector;
						if (fn) {
							var match = false;
							selectors.every(function(sel) {
								if (fn.call(element, sel)) {
									match = true;
									return false;
								}
								return true;
							});
							return match;
						} else return false;
					}
				}]);
				return DOMIterator;
			}();
			var Mark$1 = function() {
				function Mark(ctx) {
					classCallCheck(this, Mark);
					this.ctx = ctx;
					this.ie = false;
					var ua = window.navigator.userAgent;
					if (ua.indexOf("MSIE") > -1 || ua.indexOf("Trident") > -1) this.ie = true;
				}
				createClass(Mark, [
					{
						key: "log",
						value: function log(msg) {
							var level = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "debug";
							var log = this.opt.log;
							if (!this.opt.debug) return;
							if ((typeof log === "undefined" ? "undefined" : _typeof(log)) === "object" && typeof log[level] === "function") log[level]("mark.js: " + msg);
						}
					},
					{
						key: "escapeStr",
						value: function escapeStr(str) {
							return str.replace(/[\-\[\]\/\{\}\(\)\*\+\?\.\\\^\$\|]/g, "\\$&");
						}
					},
					{
						key: "createRegExp",
						value: function createRegExp(str) {
							if (this.opt.wildcards !== "disabled") str = this.setupWildcardsRegExp(str);
							str = this.escapeStr(str);
							if (Object.keys(this.opt.synonyms).length) str = this.createSynonymsRegExp(str);
							if (this.opt.ignoreJoiners || this.opt.ignorePunctuation.length) str = this.setupIgnoreJoinersRegExp(str);
							if (this.opt.diacritics) str = this.createDiacriticsRegExp(str);
							str = this.createMergedBlanksRegExp(str);
							if (this.opt.ignoreJoiners || this.opt.ignorePunctuation.length) str = this.createJoinersRegExp(str);
							if (this.opt.wildcards !== "disabled") str = this.createWildcardsRegExp(str);
							str = this.createAccuracyRegExp(str);
							return str;
						}
					},
					{
						key: "createSynonymsRegExp",
						value: function createSynonymsRegExp(str) {
							var syn = this.opt.synonyms, sens = this.opt.caseSensitive ? "" : "i", joinerPlaceholder = this.opt.ignoreJoiners || this.opt.ignorePunctuation.length ? "\0" : "";
							for (var index in syn) if (syn.hasOwnProperty(index)) {
								var value = syn[index], k1 = this.opt.wildcards !== "disabled" ? this.setupWildcardsRegExp(index) : this.escapeStr(index), k2 = this.opt.wildcards !== "disabled" ? this.setupWildcardsRegExp(value) : this.escapeStr(value);
								if (k1 !== "" && k2 !== "") str = str.replace(new RegExp("(" + this.escapeStr(k1) + "|" + this.escapeStr(k2) + ")", "gm" + sens), joinerPlaceholder + ("(" + this.processSynomyms(k1) + "|") + (this.processSynomyms(k2) + ")") + joinerPlaceholder);
							}
							return str;
						}
					},
					{
						key: "processSynomyms",
						value: function processSynomyms(str) {
							if (this.opt.ignoreJoiners || this.opt.ignorePunctuation.length) str = this.setupIgnoreJoinersRegExp(str);
							return str;
						}
					},
					{
						key: "setupWildcardsRegExp",
						value: function setupWildcardsRegExp(str) {
							str = str.replace(/(?:\\)*\?/g, function(val) {
								return val.charAt(0) === "\\" ? "?" : "";
							});
							return str.replace(/(?:\\)*\*/g, function(val) {
								return val.charAt(0) === "\\" ? "*" : "";
							});
						}
					},
					{
						key: "createWildcardsRegExp",
						value: function createWildcardsRegExp(str) {
							var spaces = this.opt.wildcards === "withSpaces";
							return str.replace(/\u0001/g, spaces ? "[\\S\\s]?" : "\\S?").replace(/\u0002/g, spaces ? "[\\S\\s]*?" : "\\S*");
						}
					},
					{
						key: "setupIgnoreJoinersRegExp",
						value: function setupIgnoreJoinersRegExp(str) {
							return str.replace(/[^(|)\\]/g, function(val, indx, original) {
								var nextChar = original.charAt(indx + 1);
								if (/[(|)\\]/.test(nextChar) || nextChar === "") return val;
								else return val + "\0";
							});
						}
					},
					{
						key: "createJoinersRegExp",
						value: function createJoinersRegExp(str) {
							var joiner = [];
							var ignorePunctuation = this.opt.ignorePunctuation;
							if (Array.isArray(ignorePunctuation) && ignorePunctuation.length) joiner.push(this.escapeStr(ignorePunctuation.join("")));
							if (this.opt.ignoreJoiners) joiner.push("\\u00ad\\u200b\\u200c\\u200d");
							return joiner.length ? str.split(/\u0000+/).join("[" + joiner.join("") + "]*") : str;
						}
					},
					{
						key: "createDiacriticsRegExp",
						value: function createDiacriticsRegExp(str) {
							var sens = this.opt.caseSensitive ? "" : "i", dct = this.opt.caseSensitive ? [
								"aàáảãạăằắẳẵặâầấẩẫậäåāą",
								"AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅĀĄ",
								"cçćč",
								"CÇĆČ",
								"dđď",
								"DĐĎ",
								"eèéẻẽẹêềếểễệëěēę",
								"EÈÉẺẼẸÊỀẾỂỄỆËĚĒĘ",
								"iìíỉĩịîïī",
								"IÌÍỈĨỊÎÏĪ",
								"lł",
								"LŁ",
								"nñňń",
								"NÑŇŃ",
								"oòóỏõọôồốổỗộơởỡớờợöøō",
								"OÒÓỎÕỌÔỒỐỔỖỘƠỞỠỚỜỢÖØŌ",
								"rř",
								"RŘ",
								"sšśșş",
								"SŠŚȘŞ",
								"tťțţ",
								"TŤȚŢ",
								"uùúủũụưừứửữựûüůū",
								"UÙÚỦŨỤƯỪỨỬỮỰÛÜŮŪ",
								"yýỳỷỹỵÿ",
								"YÝỲỶỸỴŸ",
								"zžżź",
								"ZŽŻŹ"
							] : [
								"aàáảãạăằắẳẵặâầấẩẫậäåāąAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅĀĄ",
								"cçćčCÇĆČ",
								"dđďDĐĎ",
								"eèéẻẽẹêềếểễệëěēęEÈÉẺẼẸÊỀẾỂỄỆËĚĒĘ",
								"iìíỉĩịîïīIÌÍỈĨỊÎÏĪ",
								"lłLŁ",
								"nñňńNÑŇŃ",
								"oòóỏõọôồốổỗộơởỡớờợöøōOÒÓỎÕỌÔỒỐỔỖỘƠỞỠỚỜỢÖØŌ",
								"rřRŘ",
								"sšśșşSŠŚȘŞ",
								"tťțţTŤȚŢ",
								"uùúủũụưừứửữựûüůūUÙÚỦŨỤƯỪỨỬỮỰÛÜŮŪ",
								"yýỳỷỹỵÿYÝỲỶỸỴŸ",
								"zžżźZŽŻŹ"
							];
							var handled = [];
							str.split("").forEach(function(ch) {
								dct.every(function(dct) {
									if (dct.indexOf(ch) !== -1) {
										if (handled.indexOf(dct) > -1) return false;
										str = str.replace(new RegExp("[" + dct + "]", "gm" + sens), "[" + dct + "]");
										handled.push(dct);
									}
									return true;
								});
							});
							return str;
						}
					},
					{
						key: "createMergedBlanksRegExp",
						value: function createMergedBlanksRegExp(str) {
							return str.replace(/[\s]+/gim, "[\\s]+");
						}
					},
					{
						key: "createAccuracyRegExp",
						value: function createAccuracyRegExp(str) {
							var _this = this;
							var chars = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿";
							var acc = this.opt.accuracy, val = typeof acc === "string" ? acc : acc.value, ls = typeof acc === "string" ? [] : acc.limiters, lsJoin = "";
							ls.forEach(function(limiter) {
								lsJoin += "|" + _this.escapeStr(limiter);
							});
							switch (val) {
								case "partially":
								default: return "()(" + str + ")";
								case "complementary":
									lsJoin = "\\s" + (lsJoin ? lsJoin : this.escapeStr(chars));
									return "()([^" + lsJoin + "]*" + str + "[^" + lsJoin + "]*)";
								case "exactly": return "(^|\\s" + lsJoin + ")(" + str + ")(?=$|\\s" + lsJoin + ")";
							}
						}
					},
					{
						key: "getSeparatedKeywords",
						value: function getSeparatedKeywords(sv) {
							var _this2 = this;
							var stack = [];
							sv.forEach(function(kw) {
								if (!_this2.opt.separateWordSearch) {
									if (kw.trim() && stack.indexOf(kw) === -1) stack.push(kw);
								} else kw.split(" ").forEach(function(kwSplitted) {
									if (kwSplitted.trim() && stack.indexOf(kwSplitted) === -1) stack.push(kwSplitted);
								});
							});
							return {
								"keywords": stack.sort(function(a, b) {
									return b.length - a.length;
								}),
								"length": stack.length
							};
						}
					},
					{
						key: "isNumeric",
						value: function isNumeric(value) {
							return Number(parseFloat(value)) == value;
						}
					},
					{
						key: "checkRanges",
						value: function checkRanges(array) {
							var _this3 = this;
							if (!Array.isArray(array) || Object.prototype.toString.call(array[0]) !== "[object Object]") {
								this.log("markRanges() will only accept an array of objects");
								this.opt.noMatch(array);
								return [];
							}
							var stack = [];
							var last = 0;
							array.sort(function(a, b) {
								return a.start - b.start;
							}).forEach(function(item) {
								var _callNoMatchOnInvalid = _this3.callNoMatchOnInvalidRanges(item, last), start = _callNoMatchOnInvalid.start, end = _callNoMatchOnInvalid.end;
								if (_callNoMatchOnInvalid.valid) {
									item.start = start;
									item.length = end - start;
									stack.push(item);
									last = end;
								}
							});
							return stack;
						}
					},
					{
						key: "callNoMatchOnInvalidRanges",
						value: function callNoMatchOnInvalidRanges(range, last) {
							var start = void 0, end = void 0, valid = false;
							if (range && typeof range.start !== "undefined") {
								start = parseInt(range.start, 10);
								end = start + parseInt(range.length, 10);
								if (this.isNumeric(range.start) && this.isNumeric(range.length) && end - last > 0 && end - start > 0) valid = true;
								else {
									this.log("Ignoring invalid or overlapping range: " + ("" + JSON.stringify(range)));
									this.opt.noMatch(range);
								}
							} else {
								this.log("Ignoring invalid range: " + JSON.stringify(range));
								this.opt.noMatch(range);
							}
							return {
								start,
								end,
								valid
							};
						}
					},
					{
						key: "checkWhitespaceRanges",
						value: function checkWhitespaceRanges(range, originalLength, string) {
							var end = void 0, valid = true, max = string.length, offset = originalLength - max, start = parseInt(range.start, 10) - offset;
							start = start > max ? max : start;
							end = start + parseInt(range.length, 10);
							if (end > max) {
								end = max;
								this.log("End range automatically set to the max value of " + max);
							}
							if (start < 0 || end - start < 0 || start > max || end > max) {
								valid = false;
								this.log("Invalid range: " + JSON.stringify(range));
								this.opt.noMatch(range);
							} else if (string.substring(start, end).replace(/\s+/g, "") === "") {
								valid = false;
								this.log("Skipping whitespace only range: " + JSON.stringify(range));
								this.opt.noMatch(range);
							}
							return {
								start,
								end,
								valid
							};
						}
					},
					{
						key: "getTextNodes",
						value: function getTextNodes(cb) {
							var _this4 = this;
							var val = "", nodes = [];
							this.iterator.forEachNode(NodeFilter.SHOW_TEXT, function(node) {
								nodes.push({
									start: val.length,
									end: (val += node.textContent).length,
									node
								});
							}, function(node) {
								if (_this4.matchesExclude(node.parentNode)) return NodeFilter.FILTER_REJECT;
								else return NodeFilter.FILTER_ACCEPT;
							}, function() {
								cb({
									value: val,
									nodes
								});
							});
						}
					},
					{
						key: "matchesExclude",
						value: function matchesExclude(el) {
							return DOMIterator.matches(el, this.opt.exclude.concat([
								"script",
								"style",
								"title",
								"head",
								"html"
							]));
						}
					},
					{
						key: "wrapRangeInTextNode",
						value: function wrapRangeInTextNode(node, start, end) {
							var hEl = !this.opt.element ? "mark" : this.opt.element, startNode = node.splitText(start), ret = startNode.splitText(end - start);
							var repl = document.createElement(hEl);
							repl.setAttribute("data-markjs", "true");
							if (this.opt.className) repl.setAttribute("class", this.opt.className);
							repl.textContent = startNode.textContent;
							startNode.parentNode.replaceChild(repl, startNode);
							return ret;
						}
					},
					{
						key: "wrapRangeInMappedTextNode",
						value: function wrapRangeInMappedTextNode(dict, start, end, filterCb, eachCb) {
							var _this5 = this;
							dict.nodes.every(function(n, i) {
								var sibl = dict.nodes[i + 1];
								if (typeof sibl === "undefined" || sibl.start > start) {
									if (!filterCb(n.node)) return false;
									var s = start - n.start, e = (end > n.end ? n.end : end) - n.start, startStr = dict.value.substr(0, n.start), endStr = dict.value.substr(e + n.start);
									n.node = _this5.wrapRangeInTextNode(n.node, s, e);
									dict.value = startStr + endStr;
									dict.nodes.forEach(function(k, j) {
										if (j >= i) {
											if (dict.nodes[j].start > 0 && j !== i) dict.nodes[j].start -= e;
											dict.nodes[j].end -= e;
										}
									});
									end -= e;
									eachCb(n.node.previousSibling, n.start);
									if (end > n.end) start = n.end;
									else return false;
								}
								return true;
							});
						}
					},
					{
						key: "wrapMatches",
						value: function wrapMatches(regex, ignoreGroups, filterCb, eachCb, endCb) {
							var _this6 = this;
							var matchIdx = ignoreGroups === 0 ? 0 : ignoreGroups + 1;
							this.getTextNodes(function(dict) {
								dict.nodes.forEach(function(node) {
									node = node.node;
									var match = void 0;
									while ((match = regex.exec(node.textContent)) !== null && match[matchIdx] !== "") {
										if (!filterCb(match[matchIdx], node)) continue;
										var pos = match.index;
										if (matchIdx !== 0) for (var i = 1; i < matchIdx; i++) pos += match[i].length;
										node = _this6.wrapRangeInTextNode(node, pos, pos + match[matchIdx].length);
										eachCb(node.previousSibling);
										regex.lastIndex = 0;
									}
								});
								endCb();
							});
						}
					},
					{
						key: "wrapMatchesAcrossElements",
						value: function wrapMatchesAcrossElements(regex, ignoreGroups, filterCb, eachCb, endCb) {
							var _this7 = this;
							var matchIdx = ignoreGroups === 0 ? 0 : ignoreGroups + 1;
							this.getTextNodes(function(dict) {
								var match = void 0;
								while ((match = regex.exec(dict.value)) !== null && match[matchIdx] !== "") {
									var start = match.index;
									if (matchIdx !== 0) for (var i = 1; i < matchIdx; i++) start += match[i].length;
									var end = start + match[matchIdx].length;
									_this7.wrapRangeInMappedTextNode(dict, start, end, function(node) {
										return filterCb(match[matchIdx], node);
									}, function(node, lastIndex) {
										regex.lastIndex = lastIndex;
										eachCb(node);
									});
								}
								endCb();
							});
						}
					},
					{
						key: "wrapRangeFromIndex",
						value: function wrapRangeFromIndex(ranges, filterCb, eachCb, endCb) {
							var _this8 = this;
							this.getTextNodes(function(dict) {
								var originalLength = dict.value.length;
								ranges.forEach(function(range, counter) {
									var _checkWhitespaceRange = _this8.checkWhitespaceRanges(range, originalLength, dict.value), start = _checkWhitespaceRange.start, end = _checkWhitespaceRange.end;
									if (_checkWhitespaceRange.valid) _this8.wrapRangeInMappedTextNode(dict, start, end, function(node) {
										return filterCb(node, range, dict.value.substring(start, end), counter);
									}, function(node) {
										eachCb(node, range);
									});
								});
								endCb();
							});
						}
					},
					{
						key: "unwrapMatches",
						value: function unwrapMatches(node) {
							var parent = node.parentNode;
							var docFrag = document.createDocumentFragment();
							while (node.firstChild) docFrag.appendChild(node.removeChild(node.firstChild));
							parent.replaceChild(docFrag, node);
							if (!this.ie) parent.normalize();
							else this.normalizeTextNode(parent);
						}
					},
					{
						key: "normalizeTextNode",
						value: function normalizeTextNode(node) {
							if (!node) return;
							if (node.nodeType === 3) while (node.nextSibling && node.nextSibling.nodeType === 3) {
								node.nodeValue += node.nextSibling.nodeValue;
								node.parentNode.removeChild(node.nextSibling);
							}
							else this.normalizeTextNode(node.firstChild);
							this.normalizeTextNode(node.nextSibling);
						}
					},
					{
						key: "markRegExp",
						value: function markRegExp(regexp, opt) {
							var _this9 = this;
							this.opt = opt;
							this.log("Searching with expression \"" + regexp + "\"");
							var totalMatches = 0, fn = "wrapMatches";
							var eachCb = function eachCb(element) {
								totalMatches++;
								_this9.opt.each(element);
							};
							if (this.opt.acrossElements) fn = "wrapMatchesAcrossElements";
							this[fn](regexp, this.opt.ignoreGroups, function(match, node) {
								return _this9.opt.filter(node, match, totalMatches);
							}, eachCb, function() {
								if (totalMatches === 0) _this9.opt.noMatch(regexp);
								_this9.opt.done(totalMatches);
							});
						}
					},
					{
						key: "mark",
						value: function mark(sv, opt) {
							var _this10 = this;
							this.opt = opt;
							var totalMatches = 0, fn = "wrapMatches";
							var _getSeparatedKeywords = this.getSeparatedKeywords(typeof sv === "string" ? [sv] : sv), kwArr = _getSeparatedKeywords.keywords, kwArrLen = _getSeparatedKeywords.length, sens = this.opt.caseSensitive ? "" : "i", handler = function handler(kw) {
								var regex = new RegExp(_this10.createRegExp(kw), "gm" + sens), matches = 0;
								_this10.log("Searching with expression \"" + regex + "\"");
								_this10[fn](regex, 1, function(term, node) {
									return _this10.opt.filter(node, kw, totalMatches, matches);
								}, function(element) {
									matches++;
									totalMatches++;
									_this10.opt.each(element);
								}, function() {
									if (matches === 0) _this10.opt.noMatch(kw);
									if (kwArr[kwArrLen - 1] === kw) _this10.opt.done(totalMatches);
									else handler(kwArr[kwArr.indexOf(kw) + 1]);
								});
							};
							if (this.opt.acrossElements) fn = "wrapMatchesAcrossElements";
							if (kwArrLen === 0) this.opt.done(totalMatches);
							else handler(kwArr[0]);
						}
					},
					{
						key: "markRanges",
						value: function markRanges(rawRanges, opt) {
							var _this11 = this;
							this.opt = opt;
							var totalMatches = 0, ranges = this.checkRanges(rawRanges);
							if (ranges && ranges.length) {
								this.log("Starting to mark with the following ranges: " + JSON.stringify(ranges));
								this.wrapRangeFromIndex(ranges, function(node, range, match, counter) {
									return _this11.opt.filter(node, range, match, counter);
								}, function(element, range) {
									totalMatches++;
									_this11.opt.each(element, range);
								}, function() {
									_this11.opt.done(totalMatches);
								});
							} else this.opt.done(totalMatches);
						}
					},
					{
						key: "unmark",
						value: function unmark(opt) {
							var _this12 = this;
							this.opt = opt;
							var sel = this.opt.element ? this.opt.element : "*";
							sel += "[data-markjs]";
							if (this.opt.className) sel += "." + this.opt.className;
							this.log("Removal selector \"" + sel + "\"");
							this.iterator.forEachNode(NodeFilter.SHOW_ELEMENT, function(node) {
								_this12.unwrapMatches(node);
							}, function(node) {
								var matchesSel = DOMIterator.matches(node, sel), matchesExclude = _this12.matchesExclude(node);
								if (!matchesSel || matchesExclude) return NodeFilter.FILTER_REJECT;
								else return NodeFilter.FILTER_ACCEPT;
							}, this.opt.done);
						}
					},
					{
						key: "opt",
						set: function set$$1(val) {
							this._opt = _extends({}, {
								"element": "",
								"className": "",
								"exclude": [],
								"iframes": false,
								"iframesTimeout": 5e3,
								"separateWordSearch": true,
								"diacritics": true,
								"synonyms": {},
								"accuracy": "partially",
								"acrossElements": false,
								"caseSensitive": false,
								"ignoreJoiners": false,
								"ignoreGroups": 0,
								"ignorePunctuation": [],
								"wildcards": "disabled",
								"each": function each() {},
								"noMatch": function noMatch() {},
								"filter": function filter() {
									return true;
								},
								"done": function done() {},
								"debug": false,
								"log": window.console
							}, val);
						},
						get: function get$$1() {
							return this._opt;
						}
					},
					{
						key: "iterator",
						get: function get$$1() {
							return new DOMIterator(this.ctx, this.opt.iframes, this.opt.exclude, this.opt.iframesTimeout);
						}
					}
				]);
				return Mark;
			}();
			function Mark(ctx) {
				var _this = this;
				var instance = new Mark$1(ctx);
				this.mark = function(sv, opt) {
					instance.mark(sv, opt);
					return _this;
				};
				this.markRegExp = function(sv, opt) {
					instance.markRegExp(sv, opt);
					return _this;
				};
				this.markRanges = function(sv, opt) {
					instance.markRanges(sv, opt);
					return _this;
				};
				this.unmark = function(opt) {
					instance.unmark(opt);
					return _this;
				};
				return this;
			}
			return Mark;
		}));
	})))(), 1);
	/**
	* Vietnamese text as the matcher sees it: NFC, with the tone mark of "oa", "oe", "uy" syllables in one place
	* (old style "hòa", "thủy" and new style "hoà", "thuỷ" are one word), and a map back to the page's own characters.
	*/
	/** The five combining tone marks (NFD): grave, acute, tilde, hook above, dot below. */
	var TONE_MARKS$1 = /* @__PURE__ */ new Set([
		"̀",
		"́",
		"̃",
		"̉",
		"̣"
	]);
	var splitCache = /* @__PURE__ */ new Map();
	/** A precomposed letter as its letter without tone and its tone mark ('' when none). */
	function splitTone$1(ch) {
		let cached = splitCache.get(ch);
		if (!cached) {
			const decomposed = ch.normalize("NFD");
			let base = "";
			let tone = "";
			for (const c of decomposed) if (TONE_MARKS$1.has(c)) tone = c;
			else base += c;
			cached = {
				base: base.normalize("NFC"),
				tone
			};
			splitCache.set(ch, cached);
		}
		return cached;
	}
	var withTone = (base, tone) => tone ? `${base}${tone}`.normalize("NFC") : base;
	/** Nuclei whose tone the two spelling styles place differently, in open syllables: old on the first, new on the second. */
	var MOVABLE = /* @__PURE__ */ new Set([
		"oa",
		"oe",
		"uy"
	]);
	/**
	* Puts the tone of one NFC syllable where the new style puts it ("hòa" -> "hoà", "Thủy" -> "Thuỷ", "khỏe" -> "khoẻ").
	* Same length as the input, case kept. Syllables the styles agree on are returned as they are.
	*/
	function canonicalSyllable(syllable) {
		const chars = Array.from(syllable);
		if (chars.length < 2) return syllable;
		const split = chars.map(splitTone$1);
		const bases = split.map((s) => s.base.toLowerCase());
		const n = bases.length;
		const nucleus = `${bases[n - 2]}${bases[n - 1]}`;
		if (!MOVABLE.has(nucleus)) return syllable;
		if (nucleus === "uy" && bases[n - 3] === "q") return syllable;
		const first = split[n - 2];
		const second = split[n - 1];
		if (!first.tone || second.tone) return syllable;
		chars[n - 2] = first.base;
		chars[n - 1] = withTone(second.base, first.tone);
		return chars.join("");
	}
	var LETTER_RUN = /[\p{L}\p{M}]+/gu;
	/** NFC, every syllable's tone in the new-style place. Length in UTF-16 units equals that of `text.normalize('NFC')`. */
	function canonicalTone(text) {
		return text.normalize("NFC").replace(LETTER_RUN, canonicalSyllable);
	}
	var COMBINING = /\p{M}/u;
	/**
	* NFC and canonical tone placement, keeping a map to the original offsets so that a match on the normalised text
	* marks exactly the page's own characters (which may be NFD, or old-style).
	*/
	function normalizeWithMap(original) {
		let out = "";
		const map = [];
		let i = 0;
		while (i < original.length) {
			let j = i + (original.codePointAt(i) > 65535 ? 2 : 1);
			while (j < original.length && COMBINING.test(original[j])) j++;
			const cluster = original.slice(i, j);
			const composed = cluster.length === 1 ? cluster : cluster.normalize("NFC");
			for (let k = 0; k < composed.length; k++) map.push(i);
			out += composed;
			i = j;
		}
		map.push(original.length);
		return {
			text: out.replace(LETTER_RUN, canonicalSyllable),
			map: Uint32Array.from(map)
		};
	}
	/** Unicode-aware word boundary test: is the character at `index` (or the one before it) not a letter or digit? */
	function isWordChar(ch) {
		return ch !== void 0 && /[\p{L}\p{M}\p{N}]/u.test(ch);
	}
	/** Type words before a name, longest first; "TP." and "TX." are also abbreviation marks of their own. */
	var TYPE_WORDS = [
		[
			/(?:^|[^\p{L}])(thành phố|tp\.?)\s*$/iu,
			"city",
			"thành phố"
		],
		[
			/(?:^|[^\p{L}])(thị xã|tx\.?)\s*$/iu,
			"district",
			"thị xã"
		],
		[
			/(?:^|[^\p{L}])(thị trấn)\s*$/iu,
			"ward",
			"thị trấn"
		],
		[
			/(?:^|[^\p{L}])(đặc khu)\s*$/iu,
			"ward",
			"đặc khu"
		],
		[
			/(?:^|[^\p{L}])(tỉnh)\s*$/iu,
			"province",
			"tỉnh"
		],
		[
			/(?:^|[^\p{L}])(quận)\s*$/iu,
			"district",
			"quận"
		],
		[
			/(?:^|[^\p{L}])(huyện)\s*$/iu,
			"district",
			"huyện"
		],
		[
			/(?:^|[^\p{L}])(phường)\s*$/iu,
			"ward",
			"phường"
		],
		[
			/(?:^|[^\p{L}])(xã)\s*$/iu,
			"ward",
			"xã"
		]
	];
	function typeWordBefore(text, start) {
		const before = text.slice(Math.max(0, start - 16), start);
		for (const [re, cls, word] of TYPE_WORDS) if (re.test(before)) return {
			cls,
			word
		};
		return null;
	}
	/** Common family names, and the middle names that mark a person's full name. */
	var NAME_WORDS = new Set("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Trương Đinh Đào Đoàn Mai Cao Lâm Tô Tạ Chu Trịnh Vương Quách Lưu Tăng Kiều Phùng Triệu Thị Văn Hữu Đức Công Ngọc".split(" ").map(canonicalTone));
	/** Words after which a capitalised name is a person: "ông Nguyễn Thái Bình", "bà Lê Thị Hà Nam". */
	var HONORIFICS = new Set("ông bà anh chị em cháu cô chú bác cụ con vợ chồng tên bạn thầy đồng chí chủ tịch nghệ sĩ nhà văn ca sĩ bệnh nhân bị cáo".split(" ").map(canonicalTone));
	/** Things named after places that are not the place: "cầu Quang Thanh", "đường Hải Phòng", "phà Triều". */
	var THING_WORDS = new Set("cầu phà đò bến đường phố sông núi đèo hồ chợ cảng ga sân bay nhà máy khách sạn trường bệnh viện".split(" ").map(canonicalTone));
	/** The words before `start` in the same clause, nearest first (stops at punctuation). */
	function wordsBefore(text, start, max) {
		const words = [];
		let i = start;
		while (words.length < max) {
			let j = i;
			while (j > 0 && text[j - 1] === " ") j--;
			if (j === i && i !== start) break;
			let k = j;
			while (k > 0 && isWordChar(text[k - 1])) k--;
			if (k === j) break;
			words.push(text.slice(k, j));
			i = k;
		}
		return words;
	}
	var isCapitalised = (w) => /^\p{Lu}/u.test(w);
	/** A name inside a person's name: after an honorific, or after capitalised words that include a family name. */
	function isInPersonName(text, start) {
		const before = wordsBefore(text, start, 4);
		const lower = before.map((w) => w.toLowerCase());
		if (lower[0] && HONORIFICS.has(lower[0])) return true;
		if (lower[1] !== void 0 && HONORIFICS.has(`${lower[1]} ${lower[0]}`)) return true;
		let i = 0;
		while (i < before.length && isCapitalised(before[i])) {
			if (NAME_WORDS.has(before[i])) return true;
			i++;
		}
		if (i > 0 && i < before.length && HONORIFICS.has(lower[i])) return true;
		return false;
	}
	function isAfterThingWord(text, start) {
		const [w1, w2] = wordsBefore(text, start, 2).map((w) => w.toLowerCase());
		return w1 !== void 0 && THING_WORDS.has(w1) || w2 !== void 0 && THING_WORDS.has(`${w2} ${w1}`);
	}
	var LEVEL_RANK = {
		province: 0,
		region: 1,
		district: 2,
		ward: 3
	};
	function fitsType(place, cls) {
		switch (cls) {
			case null: return place.level !== "ward";
			case "province": return place.level === "province";
			case "city": return place.level === "province" && place.type === "thành phố trực thuộc trung ương" || place.level === "district" && place.type === "thành phố";
			case "district": return place.level === "district";
			case "ward": return place.level === "ward";
			default: return cls;
		}
	}
	var isBeforeReform = (published) => published !== null && published < "2025-07-01T00:00:00+07:00";
	/** Current units for articles since the reform (or undated), former ones before it; units of both eras always fit. */
	function fitsEra(place, published) {
		if (place.era === "both") return true;
		return isBeforeReform(published) ? place.era === "former" : place.era === "current";
	}
	/** The province a unit belongs to (itself for a province). */
	function provinceOf(lexicon, place) {
		let p = place;
		for (let depth = 0; p && depth < 4; depth++) {
			if (p.level === "province") return p;
			p = p.parent ? lexicon.placeById.get(p.parent) : void 0;
		}
		return null;
	}
	function ancestorNames(lexicon, place) {
		const names = [];
		let p = place.parent ? lexicon.placeById.get(place.parent) : void 0;
		for (let depth = 0; p && depth < 4; depth++) {
			names.push(canonicalTone(p.name), ...p.aliases.map(canonicalTone));
			p = p.parent ? lexicon.placeById.get(p.parent) : void 0;
		}
		return names;
	}
	/** "huyện Thanh Hà (Hải Dương)", "huyện Châu Thành, tỉnh Hậu Giang": the parent named right after a name. */
	var PARENT_AFTER = /^\s*(?:\(|,|-|–)\s*(?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+)?([\p{Lu}][\p{L}\p{M}]*(?:[ -]+[\p{Lu}][\p{L}\p{M}]*){0,3})/u;
	function chooseByParent(lexicon, candidates, text, end) {
		const m = PARENT_AFTER.exec(text.slice(end, end + 60));
		if (!m?.[1]) return candidates;
		const named = canonicalTone(m[1]);
		const fits = candidates.filter((c) => ancestorNames(lexicon, c).some((a) => named === a || named.startsWith(`${a} `)));
		return fits.length > 0 ? fits : candidates;
	}
	function chooseByArticle(lexicon, candidates, counts) {
		let best = [];
		let bestCount = 0;
		for (const c of candidates) {
			const province = provinceOf(lexicon, c);
			const n = province ? counts[province.id] ?? 0 : 0;
			if (n > bestCount) {
				best = [c];
				bestCount = n;
			} else if (n === bestCount && n > 0) best.push(c);
		}
		return best.length > 0 ? best : candidates;
	}
	/** Decides whether the name at [start, end) is a place here, and which. */
	function resolvePlace(lexicon, text, start, end, indices, context) {
		const typeWord = typeWordBefore(text, start);
		if (!typeWord && (isInPersonName(text, start) || isAfterThingWord(text, start))) return null;
		let candidates = indices.map((i) => lexicon.places[i]).filter((p) => fitsType(p, typeWord?.cls ?? null));
		if (candidates.length === 0) return null;
		const sameType = candidates.filter((p) => p.type === typeWord?.word);
		if (sameType.length > 0) candidates = sameType;
		const inEra = candidates.filter((p) => fitsEra(p, context.published));
		if (inEra.length > 0) candidates = inEra;
		const top = Math.min(...candidates.map((p) => LEVEL_RANK[p.level]));
		candidates = candidates.filter((p) => LEVEL_RANK[p.level] === top);
		if (candidates.length > 1) candidates = chooseByParent(lexicon, candidates, text, end);
		if (candidates.length > 1) candidates = chooseByArticle(lexicon, candidates, context.provinceCounts);
		return {
			places: candidates,
			typeWord: typeWord?.word ?? null
		};
	}
	/** "QL.10", "QL 1A", "QL1A", "ĐT.398B": the number written after a road designation. */
	var ROAD_NUMBER = /^(?:\.\s?|\s)?(\d{1,4}[A-Z]?\d?)(?![\p{L}\p{N}])/u;
	function chooseSense(abbreviation, text, end, cueText) {
		const after = text.slice(end, end + 20);
		for (let i = 0; i < abbreviation.senses.length; i++) for (const cue of abbreviation.senses[i].cues) {
			if (cue === "pattern:number-after" && ROAD_NUMBER.test(after)) return i;
			if (cue === "pattern:colon-digits" && /^\s*:\s*\+?\d/.test(after)) return i;
		}
		let best = 0;
		let bestHits = 0;
		abbreviation.senses.forEach((sense, i) => {
			const hits = sense.cues.filter((c) => !c.startsWith("pattern:") && cueText.includes(c)).length;
			if (hits > bestHits) {
				best = i;
				bestHits = hits;
			}
		});
		return best;
	}
	/** URLs and e-mail addresses, where nothing is marked. */
	var URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>()]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu;
	function excludedSpans(text) {
		return Array.from(text.matchAll(URL_OR_EMAIL), (m) => [m.index, m.index + m[0].length]);
	}
	/** Letters of an abbreviation that its expansion's words start with ("KT-XH" -> "KTXH"). */
	var lettersOf = (form) => form.replace(/[^\p{L}]/gu, "");
	var initialOf = (word) => canonicalTone(word).normalize("NFD").charAt(0).toUpperCase();
	/** "Ủy ban nhân dân (UBND)": words followed by a parenthesised abbreviation made of their initials. */
	var DEFINITION = /([\p{L}][\p{L}\p{M}\s&,-]{1,120}?)\s*\(\s*([\p{Lu}][\p{Lu}\p{N}&.-]{1,11})\s*\)/gu;
	function findDefinitions(text) {
		const found = [];
		for (const m of text.matchAll(DEFINITION)) {
			const form = m[2];
			const letters = lettersOf(form).normalize("NFD").replace(/\p{M}/gu, "");
			if (letters.length < 2) continue;
			const words = m[1].split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
			const picked = [];
			let li = letters.length - 1;
			for (let wi = words.length - 1; wi >= 0 && li >= 0; wi--) {
				const w = words[wi];
				if (initialOf(w) === letters[li]) {
					picked.unshift(w);
					li--;
				} else if (w.toLowerCase() === "và" && form.includes("&")) picked.unshift(w);
				else break;
			}
			if (li >= 0 || picked.length === 0) continue;
			const startWord = picked[0];
			const expansionStart = m[1].lastIndexOf(startWord, m[1].length - picked.slice(1).join(" ").length - 1);
			const expansion = m[1].slice(Math.max(0, expansionStart)).replace(/\s+/g, " ").trim();
			found.push({
				form,
				expansion
			});
		}
		return found;
	}
	/** Every term of the trie starting at `start`, longest first, grouped by kind. */
	function candidatesAt(lexicon, text, start) {
		const accept = (end) => {
			const next = text[end];
			if (!isWordChar(next) || text[end - 1] === ".") return true;
			return /\d/.test(next);
		};
		const out = [];
		for (const [end, values] of lexicon.trie.matchesAt(text, start, accept)) {
			const places = values.filter((v) => v % 2 === 0).map((v) => v / 2);
			const abbreviations = values.filter((v) => v % 2 === 1).map((v) => (v - 1) / 2);
			if (abbreviations.length > 0) out.push({
				end,
				kind: 1,
				indices: abbreviations
			});
			if (places.length > 0) out.push({
				end,
				kind: 0,
				indices: places
			});
		}
		return out.reverse();
	}
	/**
	* Reads what the article as a whole says: abbreviations it defines, the provinces it names unambiguously, the
	* words that choose abbreviation senses. Run over all blocks before `findMentions`.
	*/
	function readArticleContext(lexicon, blocks, published) {
		const provinceCounts = {};
		const learned = /* @__PURE__ */ new Map();
		for (const block of blocks) {
			const text = normalizeWithMap(block).text;
			for (const d of findDefinitions(text)) if (!learned.has(d.form)) learned.set(d.form, d);
			for (let i = 0; i < text.length; i++) {
				if (i > 0 && isWordChar(text[i - 1])) continue;
				const place = candidatesAt(lexicon, text, i).find((c) => c.kind === 0);
				if (!place) continue;
				const provinces = place.indices.map((k) => lexicon.places[k]).filter((p) => p.level === "province" && fitsEra(p, published));
				if (provinces.length === 1) provinceCounts[provinces[0].id] = (provinceCounts[provinces[0].id] ?? 0) + 1;
			}
		}
		return {
			published,
			learned: [...learned.values()],
			provinceCounts,
			cueText: blocks.join("\n").normalize("NFC").toLowerCase()
		};
	}
	function learnedAt(text, start, learned) {
		for (const l of learned) {
			const end = start + l.form.length;
			if (text.startsWith(l.form, start) && !isWordChar(text[end])) return l;
		}
		return null;
	}
	var toOriginal = (mapped, start, end) => [mapped.map[start], mapped.map[end]];
	/** Finds the mentions in one block of text (a paragraph), in reading order, none overlapping. */
	function findMentions(lexicon, block, context) {
		const mapped = normalizeWithMap(block);
		const text = mapped.text;
		const excluded = excludedSpans(text);
		const isExcluded = (s, e) => excluded.some(([a, b]) => s < b && e > a);
		const mentions = [];
		let i = 0;
		while (i < text.length) {
			if (i > 0 && isWordChar(text[i - 1]) || !isWordChar(text[i]) || isExcluded(i, i + 1)) {
				i++;
				continue;
			}
			const mention = mentionAt(lexicon, text, i, context);
			if (mention && !isExcluded(i, mention.end)) {
				const [start, end] = toOriginal(mapped, i, mention.end);
				mentions.push({
					...mention.value,
					start,
					end,
					text: block.slice(start, end)
				});
				i = mention.end;
			} else i++;
		}
		return mentions;
	}
	function mentionAt(lexicon, text, start, context) {
		const learned = learnedAt(text, start, context.learned);
		if (learned) return {
			end: start + learned.form.length,
			value: {
				type: "abbr",
				abbreviationId: `learned:${learned.form}`,
				sense: 0,
				roadNumber: null
			}
		};
		for (const candidate of candidatesAt(lexicon, text, start)) {
			const followedByDigit = /\d/.test(text[candidate.end] ?? "") && text[candidate.end - 1] !== ".";
			if (candidate.kind === 1) {
				const abbreviation = lexicon.abbreviations[candidate.indices[0]];
				const road = abbreviation.road ? ROAD_NUMBER.exec(text.slice(candidate.end, candidate.end + 8)) : null;
				if (followedByDigit && !road) continue;
				const sense = chooseSense(abbreviation, text, candidate.end, context.cueText);
				return {
					end: road ? candidate.end + road[0].length : candidate.end,
					value: {
						type: "abbr",
						abbreviationId: abbreviation.id,
						sense,
						roadNumber: road?.[1] ?? null
					}
				};
			}
			if (followedByDigit) continue;
			const resolved = resolvePlace(lexicon, text, start, candidate.end, candidate.indices, context);
			if (!resolved) continue;
			const { places, typeWord } = resolved;
			return {
				end: candidate.end,
				value: {
					type: "place",
					placeId: places.length === 1 ? places[0].id : null,
					candidates: places.map((p) => p.id),
					typeWord
				}
			};
		}
		return null;
	}
	// src/annotate/describe.ts
	var TYPE_EN = {
		"tỉnh": "province",
		"thành phố trực thuộc trung ương": "centrally-run city",
		"thành phố": "provincial city",
		"quận": "urban district",
		"huyện": "rural district",
		"thị xã": "town",
		"phường": "ward",
		"xã": "commune",
		"thị trấn": "township",
		"đặc khu": "special zone",
		"vùng": "region"
	};
	/** "thành phố trực thuộc trung ương" reads "thành phố" before a name. */
	var typeBeforeName = (p) => p.type === "thành phố trực thuộc trung ương" ? "thành phố" : p.type;
	var named = (p) => `${typeBeforeName(p)} ${p.name}`;
	var capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
	function listNames(places, max = 6) {
		const names = places.slice(0, max).map((p) => p.name);
		const rest = places.length - names.length;
		return rest > 0 ? `${names.join(", ")} và ${rest} đơn vị khác` : names.join(", ");
	}
	function lookup(lexicon, ids) {
		return ids.map((id) => lexicon.placeById.get(id)).filter((p) => p !== void 0);
	}
	/** Where a former unit's area went on 1 July 2025. */
	function since2025(lexicon, place) {
		const successors = lookup(lexicon, place.successors);
		if (place.level === "province") {
			const next = successors[0];
			if (!next) return null;
			const merged = lookup(lexicon, next.predecessors);
			const from = merged.length > 1 ? `, hợp nhất từ ${merged.map(named).join(" và ")}` : "";
			return {
				vi: `Từ 1/7/2025: thuộc ${named(next)}${from}.`,
				en: `Since 1 July 2025 part of ${next.name} ${TYPE_EN[next.type]}.`
			};
		}
		const provinces = [...new Set(successors.map((s) => provinceOf(lexicon, s)).filter((p) => !!p))];
		const where = provinces.map(named).join(", ");
		if (place.level === "district") return {
			vi: `Từ 1/7/2025 cấp huyện không còn; địa bàn nay thuộc ${where}: ${successors.length > 1 ? "các" : ""} ${successors[0] ? typeBeforeName(successors[0]) : "xã"} ${listNames(successors)}.`.replace(/\s+/g, " "),
			en: `District level abolished on 1 July 2025; its area is now in ${provinces.map((p) => p.name).join(", ")}.`
		};
		if (successors.length === 0) return null;
		return {
			vi: `Từ 1/7/2025: thuộc ${successors.map(named).join(", ")}, ${where}.`,
			en: `Since 1 July 2025 part of ${successors.map((s) => s.name).join(", ")} (${provinces.map((p) => p.name).join(", ")}).`
		};
	}
	/**
	* @param writtenType the type word the article used, when it differs from the unit's last type before the reform
	*   ("thị xã Đông Triều" in 2022; Đông Triều became a thành phố in 2025)
	*/
	function describeOne(lexicon, place, published, writtenType = null) {
		const parent = place.parent ? lexicon.placeById.get(place.parent) : void 0;
		const shownType = writtenType && writtenType !== typeBeforeName(place) ? writtenType : place.type;
		const later = shownType !== place.type ? `; sau đó là ${place.type}` : "";
		const typeLine = parent ? `${capitalise(shownType)} thuộc ${named(parent)}` : capitalise(shownType);
		const en = parent ? `${capitalise(TYPE_EN[place.type])} of ${parent.name} ${TYPE_EN[parent.type]}` : capitalise(TYPE_EN[place.type]);
		if (place.level === "region") return {
			title: place.name,
			vi: [capitalise(place.note ?? "Vùng địa lý")],
			en: "Region of Vietnam"
		};
		switch (place.era) {
			case "both": return {
				title: place.name,
				vi: [typeLine, "Không thay đổi khi sắp xếp đơn vị hành chính năm 2025."],
				en: `${en}; unchanged by the 2025 reform.`
			};
			case "former": {
				const after = since2025(lexicon, place);
				const when = published !== null && published < "2025-07-01T00:00:00+07:00" ? "thời điểm bài viết" : "trước 1/7/2025";
				return {
					title: place.name,
					vi: [`${typeLine} (${when}${later}).`, ...after ? [after.vi] : []],
					en: `${en} until 1 July 2025.${after ? ` ${after.en}` : ""}`
				};
			}
			case "current": {
				const from = lookup(lexicon, place.predecessors);
				const fromLine = from.length > 0 ? [`Lập từ 1/7/2025 trên cơ sở: ${from.map(named).slice(0, 8).join(", ")}${from.length > 8 ? "…" : ""}.`] : [];
				return {
					title: place.name,
					vi: [`${typeLine} (từ 1/7/2025).`, ...fromLine],
					en: `${en}, since 1 July 2025.`
				};
			}
			default: return place.era;
		}
	}
	function describePlace(lexicon, mention, context) {
		const places = lookup(lexicon, mention.candidates);
		const key = mention.placeId ?? mention.candidates.join("|");
		const place = places[0];
		if (places.length === 1 && place) {
			const writtenType = mention.typeWord && place.level === "district" ? mention.typeWord : null;
			return {
				kind: "place",
				key,
				...describeOne(lexicon, place, context.published, writtenType)
			};
		}
		return {
			kind: "place",
			key,
			title: mention.text,
			vi: [`Có ${places.length} nơi mang tên này; bài viết không nói rõ là nơi nào:`],
			en: `${places.length} places have this name.`,
			candidates: places.map((p) => {
				const parent = p.parent ? lexicon.placeById.get(p.parent) : void 0;
				return parent ? `${capitalise(named(p))}, ${named(parent)}` : capitalise(named(p));
			})
		};
	}
	function describeAbbreviation(lexicon, mention, context) {
		if (mention.abbreviationId.startsWith("learned:")) {
			const form = mention.abbreviationId.slice(8);
			const learned = context.learned.find((l) => l.form === form);
			return {
				kind: "abbr",
				key: mention.abbreviationId,
				title: form,
				vi: [learned?.expansion ?? form],
				en: "",
				definedInArticle: true
			};
		}
		const abbreviation = lexicon.abbreviationById.get(mention.abbreviationId);
		const sense = abbreviation?.senses[mention.sense] ?? abbreviation?.senses[0];
		if (!abbreviation || !sense) return {
			kind: "abbr",
			key: mention.abbreviationId,
			title: mention.text,
			vi: [],
			en: ""
		};
		const number = mention.roadNumber ? ` ${mention.roadNumber}` : "";
		const others = abbreviation.senses.filter((s) => s !== sense).map((s) => s.vi);
		return {
			kind: "abbr",
			key: abbreviation.id,
			title: mention.text,
			vi: [`${sense.vi}${number}`, ...others.length > 0 ? [`Nghĩa khác: ${others.join("; ")}`] : []],
			en: `${sense.en}${number}`
		};
	}
	// src/annotate/annotate-blocks.ts
	/** Blocks of article text -> their mentions and what each mention's tooltip says. Pure; runs in the worker. */
	/**
	* Finds the mentions of every block. `context` is the article's, from an earlier call; when absent it is read
	* from these blocks (the whole article).
	*/
	function annotateBlocks(lexicon, blocks, published, context = null) {
		const ctx = context ?? readArticleContext(lexicon, blocks, published);
		const infos = [];
		const infoIndex = /* @__PURE__ */ new Map();
		return {
			marks: blocks.map((block) => findMentions(lexicon, block, ctx).map((m) => {
				const info = m.type === "place" ? describePlace(lexicon, m, ctx) : describeAbbreviation(lexicon, m, ctx);
				const id = JSON.stringify(info);
				let index = infoIndex.get(id);
				if (index === void 0) {
					index = infos.push(info) - 1;
					infoIndex.set(id, index);
				}
				return [
					m.start,
					m.end,
					index
				];
			})),
			infos,
			context: ctx
		};
	}
	// src/annotate/data/regions.ts
	function region(slug, name, aliases, note) {
		return {
			id: `r:${slug}`,
			name,
			type: "vùng",
			level: "region",
			era: "both",
			parent: null,
			successors: [],
			predecessors: [],
			aliases,
			note
		};
	}
	region("bac-bo", "Bắc Bộ", ["Bắc bộ"], "Miền Bắc Việt Nam: vùng trung du và miền núi phía Bắc cùng Đồng bằng sông Hồng, từ Hà Nội, Hải Phòng đến Cao Bằng, Lào Cai, Ninh Bình."), region("trung-bo", "Trung Bộ", ["Trung bộ"], "Miền Trung Việt Nam: Bắc Trung Bộ, Duyên hải Nam Trung Bộ và Tây Nguyên, từ Thanh Hóa đến Lâm Đồng."), region("nam-bo", "Nam Bộ", ["Nam bộ"], "Miền Nam Việt Nam: Đông Nam Bộ và Đồng bằng sông Cửu Long, gồm TP Hồ Chí Minh, Đồng Nai, Tây Ninh, Cần Thơ, An Giang, Cà Mau…"), region("tay-bac", "Tây Bắc", ["Tây Bắc Bộ", "Tây Bắc bộ"], "Vùng núi phía tây Bắc Bộ: Lai Châu, Điện Biên, Sơn La, Lào Cai, phía tây Phú Thọ (Hòa Bình cũ, Yên Bái cũ)."), region("dong-bac", "Đông Bắc", ["Đông Bắc Bộ", "Đông Bắc bộ"], "Vùng núi và trung du phía đông bắc Bắc Bộ: Cao Bằng, Lạng Sơn, Tuyên Quang (gồm Hà Giang cũ), Thái Nguyên (gồm Bắc Kạn cũ), Quảng Ninh, Bắc Giang cũ."), region("dong-bang-song-hong", "Đồng bằng sông Hồng", [
		"đồng bằng sông Hồng",
		"Đồng bằng Bắc Bộ",
		"đồng bằng Bắc Bộ"
	], "Châu thổ sông Hồng: Hà Nội, Hải Phòng, Bắc Ninh, Hưng Yên, Ninh Bình (gồm Hà Nam, Nam Định cũ), Quảng Ninh, Vĩnh Phúc cũ."), region("bac-trung-bo", "Bắc Trung Bộ", ["Bắc Trung bộ"], "Dải đất từ Thanh Hóa đến Huế: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị (gồm Quảng Bình cũ), Huế."), region("duyen-hai-nam-trung-bo", "Duyên hải Nam Trung Bộ", [
		"Duyên hải Nam Trung bộ",
		"Nam Trung Bộ",
		"Nam Trung bộ"
	], "Các tỉnh ven biển từ Đà Nẵng đến Bình Thuận cũ: Đà Nẵng (gồm Quảng Nam cũ), Quảng Ngãi, Gia Lai (phần Bình Định cũ), Đắk Lắk (phần Phú Yên cũ), Khánh Hòa, Lâm Đồng (phần Bình Thuận cũ)."), region("tay-nguyen", "Tây Nguyên", [], "Cao nguyên miền Trung: Kon Tum cũ (nay thuộc Quảng Ngãi), Gia Lai, Đắk Lắk, Đắk Nông cũ và Lâm Đồng."), region("dong-nam-bo", "Đông Nam Bộ", ["Đông Nam bộ"], "TP Hồ Chí Minh (gồm Bình Dương, Bà Rịa - Vũng Tàu cũ), Đồng Nai (gồm Bình Phước cũ), Tây Ninh."), region("dong-bang-song-cuu-long", "Đồng bằng sông Cửu Long", [
		"đồng bằng sông Cửu Long",
		"Miền Tây Nam Bộ",
		"miền Tây Nam Bộ",
		"Tây Nam Bộ",
		"Tây Nam bộ"
	], "Châu thổ sông Mê Kông: Cần Thơ, Vĩnh Long, Đồng Tháp, An Giang, Cà Mau và Long An cũ (nay thuộc Tây Ninh)."), region("mien-bac", "Miền Bắc", ["miền Bắc"], "Bắc Bộ: các tỉnh, thành từ Ninh Bình trở ra phía bắc."), region("mien-trung", "Miền Trung", ["miền Trung"], "Trung Bộ: từ Thanh Hóa, Nghệ An đến Lâm Đồng, gồm cả Tây Nguyên."), region("mien-nam", "Miền Nam", ["miền Nam"], "Nam Bộ: Đông Nam Bộ và Đồng bằng sông Cửu Long.");
	// src/annotate/gazetteer-build.ts
	var TONE_MARKS = /* @__PURE__ */ new Set([
		"̀",
		"́",
		"̃",
		"̉",
		"̣"
	]);
	function splitTone(ch) {
		let base = "";
		let tone = "";
		for (const c of ch.normalize("NFD")) if (TONE_MARKS.has(c)) tone = c;
		else base += c;
		return {
			base: base.normalize("NFC"),
			tone
		};
	}
	/** The inverse of `canonicalSyllable`: the tone of an open "oa", "oe", "uy" on the first vowel ("hoà" -> "hòa"). */
	function oldStyleSyllable(syllable) {
		const chars = Array.from(syllable);
		const n = chars.length;
		if (n < 2) return syllable;
		const first = splitTone(chars[n - 2]);
		const second = splitTone(chars[n - 1]);
		const nucleus = `${first.base}${second.base}`.toLowerCase();
		if (nucleus !== "oa" && nucleus !== "oe" && nucleus !== "uy") return syllable;
		if (nucleus === "uy" && n >= 3 && chars[n - 3].toLowerCase() === "q") return syllable;
		if (first.tone || !second.tone) return syllable;
		chars[n - 2] = `${first.base}${second.tone}`.normalize("NFC");
		chars[n - 1] = second.base;
		return chars.join("");
	}
	/** NFC with every movable tone in the old-style place: "Thuỷ Nguyên" -> "Thủy Nguyên", "Khánh Hoà" -> "Khánh Hòa". */
	function oldStyleTone(text) {
		return text.normalize("NFC").replace(/[\p{L}\p{M}]+/gu, oldStyleSyllable);
	}
	function isRecord(value) {
		return typeof value === "object" && value !== null && !Array.isArray(value);
	}
	function pushUnique(list, id) {
		if (!list.includes(id)) list.push(id);
	}
	/** A district's successors: its wards' successors in order, without repeats. */
	function deriveDistrictSuccessors(districtId, places) {
		const out = [];
		for (const p of places) if (p.parent === districtId) for (const s of p.successors) pushUnique(out, s);
		return out;
	}
	var PREFIX_DEFAULTS = {
		"p:": {
			level: "province",
			era: "both"
		},
		"p0:": {
			level: "province",
			era: "former"
		},
		"p1:": {
			level: "province",
			era: "current"
		},
		"d0:": {
			level: "district",
			era: "former"
		},
		"w0:": {
			level: "ward",
			era: "former"
		},
		"w1:": {
			level: "ward",
			era: "current"
		},
		"r:": {
			level: "region",
			era: "both"
		}
	};
	function prefixDefaults(id) {
		const colon = id.indexOf(":");
		return PREFIX_DEFAULTS[id.slice(0, colon + 1)] ?? null;
	}
	function derivedParent(id, ids) {
		const colon = id.indexOf(":");
		const prefix = id.slice(0, colon);
		const path = id.slice(colon + 1).split("/");
		const province = (slug) => ids.has(`p0:${slug}`) ? `p0:${slug}` : ids.has(`p:${slug}`) ? `p:${slug}` : null;
		if (prefix === "w0" && path.length === 3) return `d0:${path[0]}/${path[1]}`;
		if (prefix === "d0" && path.length === 2) return province(path[0]);
		if (prefix === "w1" && path.length === 2) {
			const slug = path[0];
			return ids.has(`p1:${slug}`) ? `p1:${slug}` : ids.has(`p:${slug}`) ? `p:${slug}` : null;
		}
		return null;
	}
	/** Predecessors implied by successors: for each place, the places of its level that name it, in list order. */
	function derivePredecessors(places) {
		const levelOf = new Map(places.map((p) => [p.id, p.level]));
		const out = /* @__PURE__ */ new Map();
		for (const p of places) for (const s of p.successors) {
			if (levelOf.get(s) !== p.level) continue;
			const list = out.get(s) ?? [];
			pushUnique(list, p.id);
			out.set(s, list);
		}
		return out;
	}
	function isCompactFile(json) {
		return isRecord(json) && json.version === 1 && Array.isArray(json.sources) && Array.isArray(json.places);
	}
	/** Full `Place` objects from the stored form (what the runtime loads from public/data/gazetteer.json). */
	function expandGazetteer(json) {
		if (!isCompactFile(json)) throw new Error("gazetteer: not a version 1 gazetteer file");
		const compact = json.places;
		const ids = new Set(compact.map((p) => p.id));
		const places = compact.map((c) => {
			const defaults = prefixDefaults(c.id);
			const level = c.level ?? defaults?.level;
			const era = c.era ?? defaults?.era;
			if (!level || !era) throw new Error(`gazetteer: no level/era for ${c.id}`);
			const place = {
				id: c.id,
				name: c.name,
				type: c.type,
				level,
				era,
				parent: c.parent === void 0 ? derivedParent(c.id, ids) : c.parent,
				successors: c.successors ? [...c.successors] : [],
				predecessors: [],
				aliases: c.aliases ? [...c.aliases] : []
			};
			if (c.note !== void 0) place.note = c.note;
			return place;
		});
		places.forEach((p, i) => {
			if (p.level === "district" && compact[i].successors === void 0) p.successors = deriveDistrictSuccessors(p.id, places);
		});
		const predecessors = derivePredecessors(places);
		places.forEach((p, i) => {
			const given = compact[i].predecessors;
			p.predecessors = given ? [...given] : [...predecessors.get(p.id) ?? []];
		});
		return {
			version: 1,
			sources: [...json.sources],
			places
		};
	}
	// src/annotate/trie.ts
	var newNode = () => ({
		next: /* @__PURE__ */ new Map(),
		values: null
	});
	/** Characters that are written several ways but read as one: every space as ' ', every dash as '-'. */
	function foldChar(code) {
		if (code === 160 || code === 8199 || code === 8239 || code === 9) return 32;
		if (code === 8211 || code === 8212 || code === 8210 || code === 8722) return 45;
		return code;
	}
	var Trie = class {
		root = newNode();
		size = 0;
		/** Adds `key` (already normalised) with a value; a key may carry several values. */
		add(key, value) {
			let node = this.root;
			for (let i = 0; i < key.length; i++) {
				const code = foldChar(key.charCodeAt(i));
				let child = node.next.get(code);
				if (!child) {
					child = newNode();
					node.next.set(code, child);
				}
				node = child;
			}
			if (!node.values) {
				node.values = [];
				this.size++;
			}
			if (!node.values.includes(value)) node.values.push(value);
		}
		/**
		* Every term that starts at `start` in `text`, shortest first, as `[end, values]`, where `end` is exclusive.
		* `accept(end)` says whether a term may end there (a word boundary).
		*/
		matchesAt(text, start, accept) {
			const out = [];
			let node = this.root;
			for (let i = start; i < text.length; i++) {
				node = node.next.get(foldChar(text.charCodeAt(i)));
				if (!node) break;
				if (node.values && accept(i + 1)) out.push([i + 1, node.values]);
			}
			return out;
		}
	};
	// src/annotate/lexicon.ts
	/** The terms the matcher knows: places and abbreviations, in one trie over their normalised written forms. */
	/** A place is only ever matched capitalised; names that are numbers ("Phường 12") are never matched alone. */
	var STARTS_UPPER$1 = /^\p{Lu}/u;
	/**
	* Builds the lexicon. Later abbreviations with the same id replace earlier ones (the reader's own dictionary, passed
	* last, wins over the built-in one).
	*/
	function buildLexicon(places, ...abbreviationLists) {
		const abbreviationById = /* @__PURE__ */ new Map();
		for (const list of abbreviationLists) for (const a of list) abbreviationById.set(a.id, a);
		const abbreviations = [...abbreviationById.values()];
		const trie = new Trie();
		places.forEach((place, i) => {
			for (const name of [place.name, ...place.aliases]) if (STARTS_UPPER$1.test(name)) trie.add(canonicalTone(name), 2 * i);
		});
		abbreviations.forEach((abbreviation, j) => {
			for (const form of abbreviation.forms) trie.add(canonicalTone(form), 2 * j + 1);
		});
		return {
			places,
			abbreviations,
			placeById: new Map(places.map((p) => [p.id, p])),
			abbreviationById,
			trie
		};
	}
	// src/page/marks.ts
	var MARK_ATTR = "data-cg-kind";
	var MarkLayer = class {
		splits = [];
		marks = [];
		/**
		* Wraps the requested ranges of a block. A range that runs across two text nodes (a name split by a link or bold
		* type) is left unmarked: a mark must be one element whose text is exactly the matched text.
		* @return for each request, the mark made for it, or null
		*/
		wrap(block, requests) {
			const byNode = /* @__PURE__ */ new Map();
			requests.forEach((r, index) => {
				const entry = block.nodes.find(({ node, start }) => r.start >= start && r.end <= start + node.data.length);
				if (!entry || !entry.node.isConnected) return;
				const list = byNode.get(entry.node) ?? [];
				list.push({
					...r,
					index,
					from: r.start - entry.start,
					to: r.end - entry.start
				});
				byNode.set(entry.node, list);
			});
			const made = requests.map(() => null);
			for (const [node, list] of byNode) for (const [index, mark] of this.splitNode(node, list.sort((a, b) => a.from - b.from))) made[index] = mark;
			return made;
		}
		splitNode(node, ranges) {
			const data = node.data;
			const doc = node.ownerDocument;
			const added = [];
			const made = [];
			let cursor = 0;
			const parts = [];
			for (const r of ranges) {
				if (r.from < cursor) continue;
				if (r.from > cursor) parts.push(doc.createTextNode(data.slice(cursor, r.from)));
				const mark = doc.createElement("span");
				mark.setAttribute(MARK_ATTR, r.kind);
				mark.setAttribute("data-cg-key", r.key);
				if (!node.parentElement?.closest("a, [tabindex], label")) mark.tabIndex = 0;
				mark.setAttribute("aria-description", r.description);
				mark.textContent = data.slice(r.from, r.to);
				parts.push(mark);
				made.push([r.index, mark]);
				cursor = r.to;
			}
			if (cursor < data.length) parts.push(doc.createTextNode(data.slice(cursor)));
			const head = parts[0];
			if (head && head.nodeType === 3) {
				node.data = head.data;
				parts.shift();
			} else node.data = "";
			let after = node;
			for (const part of parts) {
				after.parentNode.insertBefore(part, after.nextSibling);
				added.push(part);
				after = part;
			}
			this.splits.push({
				original: node,
				data,
				added
			});
			this.marks.push(...made.map(([, mark]) => mark));
			return made;
		}
		/** Restores every node this layer changed, last change first. */
		undo() {
			for (let i = this.splits.length - 1; i >= 0; i--) {
				const { original, data, added } = this.splits[i];
				for (const n of added) n.parentNode?.removeChild(n);
				original.data = data;
			}
			this.splits.length = 0;
			this.marks.length = 0;
		}
	};
	// src/page/text-blocks.ts
	/** The article's text as blocks (paragraphs, list items, captions), each with the text nodes it is made of. */
	/** Where nothing is ever marked: code, forms, editable regions, embedded documents, our own marks. */
	var SKIPPED = [
		"script",
		"style",
		"noscript",
		"template",
		"textarea",
		"input",
		"select",
		"option",
		"button",
		"code",
		"pre",
		"kbd",
		"samp",
		"svg",
		"math",
		"iframe",
		"object",
		"canvas",
		"[contenteditable]:not([contenteditable=\"false\"])",
		"[data-cg-kind]",
		"[data-cg-ui]",
		"h1"
	].join(", ");
	var BLOCK_TAGS = /* @__PURE__ */ new Set([
		"P",
		"LI",
		"H1",
		"H2",
		"H3",
		"H4",
		"H5",
		"H6",
		"FIGCAPTION",
		"TD",
		"TH",
		"BLOCKQUOTE",
		"DD",
		"DT",
		"DIV",
		"SECTION",
		"ARTICLE",
		"CAPTION",
		"FIGURE",
		"MAIN",
		"ASIDE",
		"HEADER",
		"FOOTER",
		"TABLE",
		"UL",
		"OL",
		"BODY"
	]);
	function blockOf(node, root) {
		let el = node.parentElement;
		while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
		return el ?? root;
	}
	/** Text nodes under `roots` in document order, grouped by their block, skipping where nothing may be marked. */
	function collectBlocks(roots) {
		const blocks = [];
		for (const root of roots) {
			if (root.closest(SKIPPED)) continue;
			const walker = root.ownerDocument.createTreeWalker(root, 5, { acceptNode: (node) => node.nodeType === 1 ? node.matches(SKIPPED) ? 2 : 3 : 1 });
			let current = null;
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node;
				if (!text.data) continue;
				const element = blockOf(text, root);
				if (!current || current.element !== element) {
					current = {
						element,
						text: "",
						nodes: []
					};
					blocks.push(current);
				}
				current.nodes.push({
					node: text,
					start: current.text.length
				});
				current.text += text.data;
			}
		}
		return blocks.filter((b) => /\S/.test(b.text));
	}
	// bench/marking-entry.ts
	/**
	* Browser bundle for bench/marking.mjs: everything here runs IN THE PAGE (built to bench/.out/marking.js as an IIFE
	* by bench/build-bench.mjs, injected with `page.addScriptTag`). Exposes `window.__cgBench`.
	*
	* Each measurement marks a container and takes the marks back again, so that the next run sees the same DOM; only
	* the marking is timed, never the restoring (nor the layout forced after it).
	*/
	var STARTS_UPPER = /^\p{Lu}/u;
	/**
	* Every distinct written form the lexicon knows, for the peers: place names and aliases starting with a capital (as
	* `buildLexicon` admits them) and every abbreviation form. Our matcher reads both tone styles ("Hòa"/"Hoà") as one, so
	* each name is given to the peers in both styles too; `base` counts the forms as the data writes them.
	*/
	function termList(places, abbreviations) {
		const written = /* @__PURE__ */ new Set();
		for (const p of places) for (const n of [p.name, ...p.aliases]) if (STARTS_UPPER.test(n)) written.add(n.normalize("NFC"));
		for (const a of abbreviations) for (const f of a.forms) written.add(f.normalize("NFC"));
		const all = new Set(written);
		for (const t of written) {
			all.add(canonicalTone(t));
			all.add(oldStyleTone(t));
		}
		return {
			base: written.size,
			terms: [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
		};
	}
	/** Escapes what is special outside a class (with the `u` flag, `\-` is an error there). */
	var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
	/** One regular expression of every term, longest first, with Unicode-aware word boundaries. */
	function combinedRegExp(terms) {
		const sorted = [...terms].sort((a, b) => b.length - a.length);
		return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "gu");
	}
	var state = null;
	var now = () => performance.now();
	var need = () => {
		if (!state) throw new Error("__cgBench.setup() first");
		return state;
	};
	/** Restoring is not timed; a layout is forced so that no pending style work is charged to the next run. */
	var settle = (el) => void el.getBoundingClientRect().height;
	/** mark.js: what it ignores besides its own defaults; the same places ours skips, and its own marks (no nesting). */
	var MARKJS_EXCLUDE = [SKIPPED, "mark[data-markjs]"];
	/** mark.js `accuracy: 'exactly'` bounds a term by white space and these (ASCII and Vietnamese news punctuation). */
	var LIMITERS = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿“”‘’–—…«»·"];
	function toRequests(result, i) {
		return (result.marks[i] ?? []).map(([start, end, info]) => {
			const term = result.infos[info];
			return {
				start,
				end,
				kind: term.kind,
				key: term.key,
				description: [term.vi[0], term.en].filter(Boolean).join(" — ")
			};
		});
	}
	globalThis.__cgBench = {
		/** Builds the lexicon and the peers' term list from the raw data; returns the times taken. */
		setup(gazetteerText, abbreviations) {
			const t0 = now();
			const json = JSON.parse(gazetteerText);
			const t1 = now();
			const places = expandGazetteer(json).places;
			const t2 = now();
			const lexicon = buildLexicon(places, abbreviations);
			const t3 = now();
			const { base, terms } = termList(lexicon.places, lexicon.abbreviations);
			const t4 = now();
			const regexp = combinedRegExp(terms);
			regexp.test("Hải Phòng");
			const t5 = now();
			state = {
				lexicon,
				terms,
				regexp
			};
			const placeForms = /* @__PURE__ */ new Set();
			for (const p of lexicon.places) for (const n of [p.name, ...p.aliases]) if (STARTS_UPPER.test(n)) placeForms.add(n);
			const abbrForms = new Set(lexicon.abbreviations.flatMap((a) => a.forms));
			return {
				parseMs: t1 - t0,
				expandMs: t2 - t1,
				buildMs: t3 - t2,
				termListMs: t4 - t3,
				regexpMs: t5 - t4,
				places: lexicon.places.length,
				abbreviations: lexicon.abbreviations.length,
				trieKeys: lexicon.trie.size,
				placeForms: placeForms.size,
				abbreviationForms: abbrForms.size,
				baseTerms: base,
				terms: terms.length,
				regexpSourceChars: regexp.source.length
			};
		},
		/** What the container holds: characters, text nodes, blocks. */
		describe(selector) {
			const root = document.querySelector(selector);
			const blocks = collectBlocks([root]);
			let nodes = 0;
			let chars = 0;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				nodes++;
				chars += n.data.length;
			}
			return {
				chars,
				nodes,
				blocks: blocks.length,
				htmlBytes: new TextEncoder().encode(root.outerHTML).length
			};
		},
		/** The floor: a TreeWalker that only reads every text node. */
		floor(selector, repeat = 1) {
			const root = document.querySelector(selector);
			let sum = 0;
			const t0 = now();
			for (let r = 0; r < repeat; r++) {
				const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) sum += n.data.length;
			}
			return {
				ms: (now() - t0) / repeat,
				count: sum / repeat
			};
		},
		/** Ours: the matching pass (collectBlocks + annotateBlocks), then the page-changing pass (MarkLayer.wrap), undone. */
		ours(selector, published) {
			const { lexicon } = need();
			const root = document.querySelector(selector);
			const t0 = now();
			const blocks = collectBlocks([root]);
			const t1 = now();
			const result = annotateBlocks(lexicon, blocks.map((b) => b.text), published);
			const t2 = now();
			const layer = new MarkLayer();
			let made = 0;
			blocks.forEach((block, i) => {
				const requests = toRequests(result, i);
				if (requests.length === 0) return;
				for (const m of layer.wrap(block, requests)) if (m) made++;
			});
			const t3 = now();
			const specs = result.marks.reduce((n, m) => n + m.length, 0);
			layer.undo();
			settle(root);
			return {
				collectMs: t1 - t0,
				annotateMs: t2 - t1,
				matchingMs: t2 - t0,
				wrapMs: t3 - t2,
				totalMs: t3 - t0,
				specs,
				count: made
			};
		},
		/** Only annotateBlocks over the given texts (for profiling without the DOM). */
		annotateTexts(texts, published) {
			const t0 = now();
			const result = annotateBlocks(need().lexicon, texts, published);
			return {
				ms: now() - t0,
				specs: result.marks.reduce((n, m) => n + m.length, 0)
			};
		},
		/** Block texts of a container, for `annotateTexts`. */
		blockTexts(selector) {
			return collectBlocks([document.querySelector(selector)]).map((b) => b.text);
		},
		/** mark.js with the term list, in batches (one `mark()` call chains its keywords and overflows the stack past ~700). */
		markjsTerms(selector, batch = 500) {
			const { terms } = need();
			const root = document.querySelector(selector);
			const instance = new import_mark.default(root);
			let count = 0;
			const t0 = now();
			for (let i = 0; i < terms.length; i += batch) instance.mark(terms.slice(i, i + batch), {
				separateWordSearch: false,
				accuracy: {
					value: "exactly",
					limiters: LIMITERS
				},
				caseSensitive: true,
				diacritics: false,
				acrossElements: false,
				exclude: MARKJS_EXCLUDE,
				done: (n) => {
					count += n;
				}
			});
			const ms = now() - t0;
			const inDom = root.querySelectorAll("mark[data-markjs]").length;
			instance.unmark();
			settle(root);
			return {
				ms,
				count,
				inDom
			};
		},
		/** mark.js `markRegExp` with one combined, longest-first, Unicode-aware regular expression. */
		markjsRegExp(selector) {
			const { regexp } = need();
			const root = document.querySelector(selector);
			const instance = new import_mark.default(root);
			let count = 0;
			const t0 = now();
			regexp.lastIndex = 0;
			instance.markRegExp(regexp, {
				acrossElements: false,
				exclude: MARKJS_EXCLUDE,
				done: (n) => {
					count = n;
				}
			});
			const ms = now() - t0;
			instance.unmark();
			settle(root);
			return {
				ms,
				count
			};
		},
		/** Texts each method marks, for a sanity comparison: ours vs the combined RegExp. */
		markedTexts(selector, published) {
			const { lexicon, regexp } = need();
			const blocks = collectBlocks([document.querySelector(selector)]);
			const result = annotateBlocks(lexicon, blocks.map((b) => b.text), published);
			const ours = [];
			result.marks.forEach((specs, i) => {
				for (const [s, e] of specs) ours.push(blocks[i].text.slice(s, e));
			});
			const theirs = [];
			for (const b of blocks) for (const m of b.text.matchAll(new RegExp(regexp.source, "gu"))) theirs.push(m[0]);
			return {
				ours,
				theirs
			};
		}
	};
	exports.combinedRegExp = combinedRegExp;
	exports.termList = termList;
	return exports;
})({});
