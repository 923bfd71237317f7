// Click-to-play for the `youtube` component. The page holds only a link and the video's title:
// nothing is loaded from the video host until the reader presses play. Then the link is
// replaced by an embedded player from youtube-nocookie.com, the one frame source the
// Content-Security-Policy allows. Without JavaScript the link opens the video on youtube.com.
(function () {
  "use strict";
  var prefix = "https://www.youtube-nocookie.com/embed/";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".video-placeholder");
    var figure = link && link.closest("figure[data-video-embed]");
    if (!figure) {
      return;
    }
    var src = figure.getAttribute("data-video-embed") || "";
    if (src.indexOf(prefix) !== 0) {
      return;
    }
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.className = "video-frame";
    frame.title = figure.getAttribute("data-video-title") || "";
    frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    frame.setAttribute("allowfullscreen", "");
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.src = src;
    link.replaceWith(frame);
    frame.focus();
  });
})();
