#!/usr/bin/env python3
"""Opens the layers `incidentmap map` wrote in DIR with PyQGIS, as an analyst adding them to a
QGIS project would, and prints for each: the sub-layers QGIS offers, the feature count, the
geometry type, the CRS, the fields and the renderer QGIS chose; then renders the KML and the CSV
over the provinces to DIR/qgis-kml.png and DIR/qgis-csv.png.

Not part of CI (QGIS is a large install); run it by hand after `apt-get install qgis python3-qgis`:
  QT_QPA_PLATFORM=offscreen python3 .ci/qgis-check.py output
"""
import os
import sys

from qgis.core import (QgsApplication, QgsFillSymbol, QgsMapRendererSequentialJob, QgsMapSettings, QgsProviderRegistry,
                       QgsRectangle, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def sublayers(path):
    """The sub-layers QGIS's OGR provider lists for a file (the picker QGIS shows when it is more than one)."""
    details = QgsProviderRegistry.instance().querySublayers(path)
    return [(d.name(), d.featureCount()) for d in details]


def describe(path, uri=None):
    layer = QgsVectorLayer(uri or path, os.path.basename(path), "ogr")
    if not layer.isValid():
        print(f"{os.path.basename(path)}: QGIS could not open it")
        return None
    fields = [f"{f.name()}:{f.typeName()}" for f in layer.fields()]
    print(f"{os.path.basename(path)}: sub-layers {sublayers(path)}; {layer.featureCount()} features, "
          f"{QgsWkbTypes.displayString(layer.wkbType())}, CRS {layer.crs().authid() or 'none'}, "
          f"renderer {layer.renderer().type() if layer.renderer() else None}")
    print(f"  {len(fields)} fields: {', '.join(fields)}")
    return layer


def render(layers, extent, png):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setBackgroundColor(QColor("white"))
    settings.setOutputSize(QSize(1000, 800))
    settings.setExtent(extent)
    settings.setDestinationCrs(layers[-1].crs())
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png, "png")
    print(f"  rendered {png}")


def main():
    folder = sys.argv[1]
    app = QgsApplication([], False)
    app.initQgis()
    print("QGIS", app.version() if hasattr(app, "version") else "")
    provinces = describe(os.path.join(folder, "provinces.geojson"))
    geojson = describe(os.path.join(folder, "incidents.geojson"))
    kml = describe(os.path.join(folder, "incidents.kml"))
    csv = describe(os.path.join(folder, "incidents.csv"))
    if provinces is not None:
        # A light fill, so that the incidents' own styles are what the picture shows.
        provinces.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "#f2efe6", "outline_color": "#888888"}))
    extent = QgsRectangle(geojson.extent()) if geojson else QgsRectangle(35, 32, 43, 38)
    extent.grow(0.3)
    for layer, png in ((kml, "qgis-kml.png"), (csv, "qgis-csv.png")):
        if layer is not None:
            render([layer, provinces] if provinces else [layer], extent, os.path.join(folder, png))
    app.exitQgis()


if __name__ == "__main__":
    main()
