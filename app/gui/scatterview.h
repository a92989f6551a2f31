#pragma once
// The central map: a Q3DScatter with one series per class and a legend beside it. The only
// class that knows Qt Data Visualization, so a move to another 3D module touches this file.

#include <QColor>
#include <QImage>
#include <QWidget>

#include <string>
#include <vector>

#include "tse/common/matrix.h"

class Q3DScatter;
class QScatter3DSeries;
class QListWidget;
class QLabel;
class QTimer;

namespace tse::gui {

class ScatterView : public QWidget {
    Q_OBJECT
public:
    explicit ScatterView(QWidget* parent = nullptr);
    ~ScatterView() override;

    // Shows a map: coordinates N × 2 or N × 3; labels index classNames (−1 = unlabelled).
    void setMap(const Matrix& coordinates, const std::vector<int>& labels, const std::vector<std::string>& classNames);
    // Colours points by a value per item (e.g. how far each moved) in 8 bins, legend with ranges.
    void setValueColouring(const Eigen::VectorXf& values);
    // Back to one colour per class.
    void setClassColouring();
    // Keeps class colours for items where match[i] is true and greys out the rest (empty:
    // no highlight).
    void setHighlight(const std::vector<bool>& match);
    // Moves the points of the current map (same N and labels), for live animation.
    void updateCoordinates(const Matrix& coordinates);
    // Removes the points (the map's data stay for setClassColouring).
    void clear();
    void setTitle(const QString& title);
    void setLegendVisible(bool visible);
    // Selection by dataset item index (−1 = none).
    void selectItem(int item);
    int selectedItem() const { return selectedItem_; }

    // Points shown across all series.
    int pointCount() const;
    int seriesCount() const;
    int dimensions() const { return dimensions_; }
    // Renders the 3D view off-screen at the given size (needs a real OpenGL context: Xvfb).
    QImage renderImage(const QSize& size);

    void resetCamera();
    // A slow continuous turn around the vertical axis (3D maps only).
    void setTurntable(bool on);
    bool turntable() const;
    // 2D maps are seen from straight above and cannot be tilted.
    bool rotationLocked() const;
    // The camera as rotation angles (degrees) and zoom (percent), for linking views.
    void setCamera(float xRotation, float yRotation, float zoom);
    float cameraXRotation() const;
    float cameraYRotation() const;
    float cameraZoom() const;

signals:
    void cameraChanged(float xRotation, float yRotation, float zoom);
    // The user picked a point (item index in the dataset), or cleared the selection (−1).
    void itemSelected(int item);

private:
    void rebuildSeriesData(const Matrix& coordinates);
    // One series per group (class or value bin): groups[i] indexes names and colours.
    void buildSeries(const std::vector<int>& groups, const std::vector<QString>& names,
                     const std::vector<QColor>& colours);
    void retranslate();

    Q3DScatter* graph_ = nullptr;
    QWidget* container_ = nullptr;
    QListWidget* legend_ = nullptr;
    QLabel* title_ = nullptr;
    std::vector<QScatter3DSeries*> series_;  // index = class, last one for unlabelled
    std::vector<int> seriesOfItem_;
    std::vector<int> positionOfItem_;             // index of the item within its series
    std::vector<std::vector<int>> itemsOfSeries_;  // series → dataset items, in series order
    int selectedItem_ = -1;
    std::vector<int> labels_;
    std::vector<std::string> classNames_;
    Matrix coordinates_;
    int dimensions_ = 3;
    QTimer* turntable_ = nullptr;
};

}  // namespace tse::gui
